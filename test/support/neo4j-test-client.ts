import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';

/**
 * A client for the test Neo4j that jest's globalSetup started (or the one NEO4J_URI names), or null
 * when there is none. With CAREERGRAPH_REQUIRE_NEO4J=true (as .ci/run sets it), having none is an error.
 */
export function testNeo4jClient(database = process.env.NEO4J_DATABASE ?? 'neo4j'): Neo4jClient | null {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    if (process.env.CAREERGRAPH_REQUIRE_NEO4J === 'true') {
      throw new Error('CAREERGRAPH_REQUIRE_NEO4J=true but no test Neo4j is running (NEO4J_URI is unset)');
    }
    return null;
  }
  return new Neo4jClient({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database,
    maxPoolSize: 10,
    connectionTimeoutMs: 5_000,
    retryTimeMs: 5_000,
    queryTimeoutMs: 30_000,
  });
}

/** `describe` when a test Neo4j is available, otherwise a skipped suite that says why. */
export const describeWithNeo4j: jest.Describe =
  process.env.NEO4J_URI || process.env.CAREERGRAPH_REQUIRE_NEO4J === 'true'
    ? describe
    : (((name: string, body: () => void) =>
        describe.skip(`${name} (skipped: no test Neo4j; NEO4J_URI is unset)`, body)) as jest.Describe);
