import type { Track } from '../../domain/enums';
import { TransitionGraph } from '../transition-graph';
import * as cypher from './cypher';
import type { Neo4jClient } from './neo4j-client';
import { toTransition } from './neo4j-records';

/**
 * The transition graph read out of Neo4j whole, in two statements, for the store to keep in process
 * as a DatasetReadModel (dataset-read-model.ts). Reading the reachable subgraph per request cost a
 * second at 1,000 roles (nearly every move is within 8 steps of both ends); the whole graph is read
 * once per dataset, and holds what the embedded store holds for the same data.
 */
export async function loadTransitionGraph(client: Neo4jClient): Promise<TransitionGraph> {
  const [moves, roles] = await Promise.all([
    client.read(cypher.transitionGraph),
    client.read(cypher.pathRoles),
  ]);
  return new TransitionGraph(
    moves.map(toTransition),
    roles.map((row) => ({
      slug: row.slug as string,
      track: (row.track ?? null) as Track | null,
      threshold: (row.threshold ?? null) as number | null,
    })),
  );
}
