import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root';
import { freePort } from '../support/free-port';
import { startNeo4jProcess, testNeo4jJar, type Neo4jProcess } from '../support/neo4j-process';
import { postGraphQL, startServerProcess, type ServerProcess } from '../support/server-process';

const run = promisify(execFile);
const launcherBuilt = existsSync(testNeo4jJar);
// The launcher is built by jest's globalSetup when it starts the shared test Neo4j; with an external
// NEO4J_URI (GitHub's service container) there is no launcher, and so no Neo4j this test may stop.
const describeIfLauncher = launcherBuilt ? describe : describe.skip;

/**
 * Seeds through the real CLI, with a per-request transaction limit far below what seeding a cold
 * database takes: the seed's own limit (NEO4J_SEED_TIMEOUT_MS) is what bounds it.
 */
async function seed(uri: string): Promise<void> {
  const { stdout } = await run(
    process.execPath,
    [path.join(projectRoot, 'dist/src/seed/seed-cli.js'), '--target', 'neo4j', '--prune'],
    {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_QUERY_TIMEOUT_MS: '100',
        NEO4J_CONNECTION_TIMEOUT_MS: '5000',
      },
    },
  );
  expect(stdout).toMatch(/^seeded bolt:\/\/127\.0\.0\.1:\d+: \d+ nodes, \d+ relationships \(pruned\)$/m);
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
