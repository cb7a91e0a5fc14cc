import { ConfigError, loadConfig } from '../../config';
import { Neo4jClient } from './neo4j-client';
import { migrate } from './neo4j-migrator';

/** `npm run migrate`: creates the constraints and indexes the Neo4j store needs, once each. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j === null) throw new ConfigError('NEO4J_URI is not set: there is no Neo4j to migrate.');
  const client = new Neo4jClient({ ...config.neo4j, queryTimeoutMs: config.neo4jSeedTimeoutMs });
  try {
    const applied = await migrate(client);
    console.log(applied.length > 0 ? `applied migrations ${applied.join(', ')}` : 'schema is up to date');
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
