import type { Neo4jClient } from './neo4j-client';
import { appliedMigrations, migrations, recordMigration } from './write-cypher';

/**
 * Applies the schema migrations not yet recorded in the database, in order, and records each. Every
 * statement is idempotent (IF NOT EXISTS), so a run cut short is safe to repeat. Returns the versions applied.
 */
export async function migrate(client: Neo4jClient): Promise<number[]> {
  const done = new Set((await client.read(appliedMigrations)).map((row) => Number(row.version)));
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    for (const statement of migration.statements) await client.runSchemaCommand(statement);
    await client.writeAll([
      { cypher: recordMigration, parameters: { version: migration.version, name: migration.name } },
    ]);
    applied.push(migration.version);
  }
  // Full-text queries fail until the new index is online.
  await client.runSchemaCommand('CALL db.awaitIndexes(300)');
  return applied;
}
