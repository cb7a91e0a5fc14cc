import { datasetMarkerOf } from '../../../src/dataset/dataset-marker-of';
import type { SeedGraph } from '../../../src/seed/seed-graph';
import type { Neo4jClient } from '../../../src/store/neo4j/neo4j-client';
import { seedStatements } from '../../../src/store/neo4j/neo4j-seeder';

/** Rows per transaction: a few seconds of work each on a loaded machine, far inside any timeout. */
const BATCH_ROWS = 1_000;

/**
 * Seeds a fresh benchmark database in many small transactions rather than the seeder's one: the same
 * statements (nodes, then links, then the dataset marker last), their rows cut into batches, each batch
 * tried twice. On a machine shared with other work, one transaction holding 1,000 generated roles and
 * their 12,000 links outlived the query timeout; a failed batch now costs a batch, not the scenario.
 * Only for a throw-away database: a failure midway leaves part of the graph (and no marker).
 */
export async function seedInBatches(client: Neo4jClient, seed: SeedGraph): Promise<number> {
  const statements = seedStatements(seed, false, datasetMarkerOf(seed, new Date().toISOString()));
  let transactions = 0;
  for (const { cypher, parameters } of statements) {
    const rows = parameters.rows;
    const batches = Array.isArray(rows)
      ? Array.from({ length: Math.ceil(rows.length / BATCH_ROWS) }, (_, i) => ({
          ...parameters,
          rows: rows.slice(i * BATCH_ROWS, (i + 1) * BATCH_ROWS),
        }))
      : [parameters];
    for (const batch of batches) {
      await client
        .writeAll([{ cypher, parameters: batch }])
        .catch(() => client.writeAll([{ cypher, parameters: batch }]));
      transactions++;
    }
  }
  return transactions;
}
