import { SearchIndex, type SearchEntry } from '../search-index';
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
    rows.map((entry): SearchEntry => ({
      kind: entry.kind as NodeKind,
      slug: entry.slug as string,
      name: entry.name as string,
      aliases: entry.aliases as string[],
    })),
  );
}
