import { createHash } from 'node:crypto';
import type { SeedGraph } from '../seed/seed-graph';
import { canonicalJson } from './canonical-json';
import { factsOf, type Fact } from './facts';

/**
 * The content hash of a dataset (hex SHA-256) over its facts in order: one line per fact, its type, key
 * and canonical JSON. Independent of file layout, entry order and key order, so the seed files, the
 * embedded store and Neo4j give the same hash for the same facts, and any change to a fact changes it.
 */
export function hashFacts(facts: readonly Fact[]): string {
  const hash = createHash('sha256');
  for (const fact of facts) hash.update(`${fact.type}\t${fact.key}\t${canonicalJson(fact.value)}\n`);
  return hash.digest('hex');
}

export function datasetHash(graph: SeedGraph): string {
  return hashFacts(factsOf(graph));
}
