import { parseArgs } from 'node:util';
import { Neo4jError } from 'neo4j-driver';
import { ConfigError, loadConfig } from '../config';
import { Neo4jClient } from '../store/neo4j/neo4j-client';
import { migrate } from '../store/neo4j/neo4j-migrator';
import { seedNeo4j } from '../store/neo4j/neo4j-seeder';
import { loadSeed } from './load-seed';
import { SeedValidationError } from './seed-errors';

const usage = 'usage: npm run seed -- --target neo4j [--prune] [--dir SEED_DIR]';

/**
 * `npm run seed -- --target neo4j [--prune]`: validates seed/ and loads it into the Neo4j of NEO4J_URI
 * (migrating first). Idempotent; --prune also removes what the seed no longer contains. A seed that
 * fails validation writes nothing.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      target: { type: 'string' },
      prune: { type: 'boolean', default: false },
      dir: { type: 'string' },
    },
  });
  if (values.target !== 'neo4j')
    throw new ConfigError(`--target neo4j is required (the embedded store loads seed/ itself)\n${usage}`);
  const config = loadConfig();
  if (config.neo4j === null) throw new ConfigError('NEO4J_URI is not set: there is no Neo4j to seed.');
  const seed = await loadSeed(values.dir ?? config.seedDirectory);
  const client = new Neo4jClient({ ...config.neo4j, queryTimeoutMs: config.neo4jSeedTimeoutMs });
  try {
    await migrate(client);
    const counts = await seedNeo4j(client, seed, { prune: values.prune ?? false });
    console.log(
      `seeded ${config.neo4j.uri}: ${counts.nodes} nodes, ${counts.relationships} relationships${values.prune ? ' (pruned)' : ''}`,
    );
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError || error instanceof Error ? error.message : error);
  if (error instanceof Neo4jError && error.code.includes('TransactionTimedOut'))
    console.error('Seeding outlasted NEO4J_SEED_TIMEOUT_MS; nothing was written. Raise it and run again.');
  process.exit(1);
});
