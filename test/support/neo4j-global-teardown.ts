/** jest globalTeardown: stops the Neo4j that neo4j-global-setup.ts started (if it started one). */
import { stopTestNeo4j } from './neo4j-global-setup';

export default async function globalTeardown(): Promise<void> {
  await stopTestNeo4j();
}
