import { existsSync } from 'node:fs';
import { loadSeed } from '../../src/seed/load-seed';
import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { seedNeo4j } from '../../src/store/neo4j/neo4j-seeder';
import { freePort } from '../support/free-port';
import { startNeo4jProcess, testNeo4jJar, type Neo4jProcess } from '../support/neo4j-process';
import { postGraphQL, startServerProcess, type ServerProcess } from '../support/server-process';

const launcherBuilt = existsSync(testNeo4jJar);
// The launcher is built by jest's globalSetup when it starts the shared test Neo4j; with an external
// NEO4J_URI (GitHub's service container) there is no launcher, and so no Neo4j this test may stop.
const describeIfLauncher = launcherBuilt ? describe : describe.skip;

async function seed(uri: string): Promise<void> {
  const client = new Neo4jClient({
    uri,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
    maxPoolSize: 2,
    connectionTimeoutMs: 5_000,
    queryTimeoutMs: 30_000,
  });
  try {
    await migrate(client);
    await seedNeo4j(client, await loadSeed(), { prune: true });
  } finally {
    await client.close();
  }
}

describeIfLauncher('the API when Neo4j is down', () => {
  let port: number;
  let neo4j: Neo4jProcess | undefined;
  let server: ServerProcess | undefined;
  const roleQuery = '{ role(slug: "software-architect") { name } }';

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(async () => {
    await server?.stop();
    await neo4j?.stop();
  });

  it('starts before the database, retrying with backoff until it answers', async () => {
    const starting = startServerProcess({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_CONNECTION_TIMEOUT_MS: '2000',
    });
    neo4j = await startNeo4jProcess({ port });
    await seed(neo4j.uri);
    server = await starting;
    expect(server.output()).toMatch(
      /Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not reachable \(attempt 1\); retrying in 1 s/,
    );
    expect((await postGraphQL(server.url, roleQuery)).body.data).toEqual({
      role: { name: 'Software Architect' },
    });
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE while Neo4j is down, stays up, and recovers when it is back', async () => {
    const api = server as ServerProcess;
    const base = api.url.replace(/\/graphql$/, '');
    await (neo4j as Neo4jProcess).stop();

    const down = await postGraphQL(api.url, roleQuery);
    expect(down.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.body.errors?.[0]?.message).toBe('The Neo4j database is unavailable; try again shortly.');
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();

    neo4j = await startNeo4jProcess({ port });
    await seed(neo4j.uri);
    const back = await postGraphQL(api.url, roleQuery);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data).toEqual({ role: { name: 'Software Architect' } });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', store: 'neo4j' });
  }, 120_000);
});
