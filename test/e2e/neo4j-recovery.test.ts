import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root';
import { loadSeed } from '../../src/seed/load-seed';
import { datasetHash } from '../../src/dataset/dataset-hash';
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
      },
    },
  );
  expect(stdout).toMatch(/^seeded bolt:\/\/127\.0\.0\.1:\d+: \d+ nodes, \d+ relationships \(pruned\)$/m);
}

/** Applies the migrations through the real CLI (`npm run migrate`), without seeding. */
async function migrateOnly(uri: string): Promise<void> {
  await run(process.execPath, [path.join(projectRoot, 'dist/src/store/neo4j/migrate-cli.js')], {
    env: { ...process.env, NEO4J_URI: uri },
  });
}

/** GET /readyz: its status and body. */
async function readiness(api: ServerProcess): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(api.url.replace(/\/graphql$/, '/readyz'));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * GET /readyz until it answers 200 (at most 60 s), checking that every answer before says why: at start
 * the API is ready only once its read models of the dataset (search index, transition graph) are built.
 */
async function untilReady(api: ServerProcess): Promise<{ status: number; body: Record<string, unknown> }> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await readiness(api);
    if (answer.status === 200 || Date.now() > deadline) return answer;
    expect(answer.body.reason).toMatch(/read models of dataset [0-9a-f]{12} are not built yet/);
    await new Promise((resolve) => setTimeout(resolve, 200));
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

  it('listens at once with Neo4j unreachable: /healthz 200, /readyz 503 saying why, SIGTERM exits 0', async () => {
    const api = await startServerProcess({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await readiness(api);
    expect(ready.status).toBe(503);
    expect(ready.body).toEqual({
      status: 'unavailable',
      store: 'neo4j',
      reason: `Neo4j at bolt://127.0.0.1:${port} is not reachable`,
    });
    const query = await postGraphQL(api.url, roleQuery);
    expect(query.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(await api.stop()).toBe(0);
    expect(api.output()).toMatch(
      /Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not reachable \(attempt 1\); retrying in 1 s/,
    );
  }, 60_000);

  it('is ready only once Neo4j is migrated and seeded, saying which step is missing', async () => {
    server = await startServerProcess({ NEO4J_URI: `bolt://127.0.0.1:${port}` });
    neo4j = await startNeo4jProcess({ port });
    const empty = await readiness(server);
    expect(empty.status).toBe(503);
    expect(empty.body.reason).toMatch(/is not migrated \(schema version 0 of \d+\): run npm run migrate$/);

    await migrateOnly(neo4j.uri);
    const migrated = await readiness(server);
    expect(migrated.status).toBe(503);
    expect(migrated.body.reason).toMatch(/holds no seeded dataset: run npm run seed -- --target neo4j$/);

    await seed(neo4j.uri);
    const seeded = await untilReady(server);
    expect(seeded.status).toBe(200);
    expect(seeded.body).toEqual({
      status: 'ready',
      store: 'neo4j',
      dataset: expect.objectContaining({ seededAt: expect.any(String), hash: datasetHash(await loadSeed()) }),
    });
    expect((await postGraphQL(server.url, roleQuery)).body.data).toEqual({
      role: { name: 'Software Architect' },
    });
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE within about a second while Neo4j is down (default settings), stays up, and recovers', async () => {
    const api = server as ServerProcess;
    const base = api.url.replace(/\/graphql$/, '');
    await (neo4j as Neo4jProcess).stop();

    const started = Date.now();
    const down = await postGraphQL(api.url, roleQuery);
    const elapsed = Date.now() - started;
    expect(down.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(down.body.errors?.[0]?.message).toBe('The Neo4j database is unavailable; try again shortly.');
    // One retry after about 1 s (0.8-1.2 s with the driver's jitter); the operation deadline is 5 s.
    expect(elapsed).toBeLessThan(2_500);
    expect((await readiness(api)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(api.child.exitCode).toBeNull();

    // Back, but empty (a fresh store): reachable is not ready.
    neo4j = await startNeo4jProcess({ port });
    const empty = await readiness(api);
    expect(empty.status).toBe(503);
    expect(empty.body.reason).toMatch(/is not migrated/);

    await seed(neo4j.uri);
    const back = await postGraphQL(api.url, roleQuery);
    expect(back.body.errors).toBeUndefined();
    expect(back.body.data).toEqual({ role: { name: 'Software Architect' } });
    expect((await readiness(api)).status).toBe(200);
  }, 120_000);
});
