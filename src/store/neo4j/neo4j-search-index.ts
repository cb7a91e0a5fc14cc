import type { ExternalId } from '../../domain/entities';
import { sameConceptMatches } from '../../domain/same-concept';
import { SearchIndex, withLentNames, type ConceptEntry } from '../search-index';
import { fromJson } from './neo4j-records';
import type { NodeKind } from '../graph-store';
import * as cypher from './cypher';
import type { Neo4jClient } from './neo4j-client';

/**
 * The Neo4j store's search index: the same in-process index as the embedded store's, built from the
 * names and aliases read out of Neo4j, so both stores answer the same hits with the same scores. The
 * store keeps it as a DatasetReadModel (dataset-read-model.ts): rebuilt when a seed changes the data.
 */
export async function loadSearchIndex(client: Neo4jClient): Promise<SearchIndex> {
  const rows = await client.read(cypher.searchEntries);
  return new SearchIndex(
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
}
