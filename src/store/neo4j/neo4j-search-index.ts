import { performance } from 'node:perf_hooks';
import type { ExternalId } from '../../domain/entities';
import { sameConceptMatches } from '../../domain/same-concept';
import { SearchIndex, withLentNames, type ConceptEntry } from '../search-index';
import { fromJson } from './neo4j-records';
import type { NodeKind } from '../graph-store';
import * as cypher from './cypher';
import type { Neo4jClient } from './neo4j-client';

/** How often an API instance asks Neo4j whether the searchable names changed, by default. */
export const defaultSearchRefreshMs = 1_000;

/**
 * The Neo4j store's search index: the same in-process index as the embedded store's, built from the
 * names and aliases read out of Neo4j, so both stores answer the same hits with the same scores.
 *
 * Freshness: every seed writes the dataset marker (store/dataset-marker.ts: the seed's content hash and
 * when it was written) in its own transaction. At most once per `refreshMs`, a search first reads the
 * marker (one small query); when it differs from the one the index was built from, the index is
 * rebuilt from the database before the search answers (concurrent searches share one rebuild). So each
 * API instance of a cluster notices a seed by itself, within `refreshMs`; while a seed runs, its
 * transaction is not yet visible and search answers from the previous data. Data written other than by
 * the seeder is noticed only at the next seed, or on restart.
 */
export class Neo4jSearchIndex {
  private index: SearchIndex | null = null;
  private version: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private refreshing: Promise<SearchIndex> | null = null;

  constructor(
    private readonly client: Neo4jClient,
    private readonly refreshMs: number = defaultSearchRefreshMs,
  ) {}

  /** The index, checked against the database's search version when the last check is older than refreshMs. */
  async current(): Promise<SearchIndex> {
    if (this.index !== null && performance.now() - this.checkedAt < this.refreshMs) return this.index;
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refresh(): Promise<SearchIndex> {
    const started = performance.now();
    const [row] = await this.client.read(cypher.datasetState);
    const version = row?.hash == null ? null : `${String(row.hash)} ${String(row.seededAt)}`;
    if (this.index === null || version !== this.version) {
      // The marker is read first: a seed that lands in between makes the next check rebuild again.
      const rows = await this.client.read(cypher.searchEntries);
      this.index = new SearchIndex(
        withLentNames(
          rows.map((entry): ConceptEntry => ({
            kind: entry.kind as NodeKind,
            slug: entry.slug as string,
            name: entry.name as string,
            aliases: entry.aliases as string[],
            classification: entry.classification === true,
            conceptUri: (entry.conceptUri ?? null) as string | null,
            sameAs: fromJson<ExternalId[]>(entry.externalIds, [])
              .filter((id) => sameConceptMatches.has(id.match))
              .map((id) => id.uri),
          })),
        ),
      );
      this.version = version;
    }
    this.checkedAt = started;
    return this.index;
  }
}
