import { createHash } from 'node:crypto';
import net from 'node:net';
import { freePort } from '../support/free-port';
import { writeApiKeysFile } from '../support/api-keys-file';
import { redisAvailable, startRedis, type RedisProcess } from '../support/redis-process';
import { codesOf, costOf, dataOf, firstError, parseAnswer } from '../support/json';
import { postGraphQL, startServerProcess, type ServerProcess } from '../support/server-process';

const rolePage = 'query RolePage { role(slug: "software-architect") { name nextRoles { to { name } } } }';

/** Keys are issued, never made up: each client below is one, in the file the servers read. */
const clients = ['client-one', 'client-two', 'client-three', 'client-apq', 'shared-client', 'another-client'];
const apiKeysFile = writeApiKeysFile(clients.map((name) => ({ name, key: `${name}-secret` })));
const keyOf = (name: string) => ({ 'x-api-key': `${name}-secret` });

/** Polls until `find` returns something, for at most two seconds. */
async function waitFor<T>(find: () => T | undefined): Promise<T | undefined> {
  for (let waited = 0; waited < 2000; waited += 50) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return find();
}

async function ask(server: ServerProcess, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const body = parseAnswer(text);
  if (!body) throw new Error(`${response.status}: not a GraphQL answer: ${text.slice(0, 500)}`);
  return { status: response.status, headers: response.headers, body };
}

describe('operating the built server', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    // A small bucket, so that running it dry takes a few requests: 50 points, and the role page costs 13.
    server = await startServerProcess({
      NODE_ENV: 'production',
      MAX_QUERY_COST: '50',
      RATE_LIMIT_POINTS: '50',
      API_KEYS_FILE: apiKeysFile,
      METRICS_OPERATIONS: 'RolePage',
    });
  });
  afterAll(() => server.stop());

  it('charges each operation its cost, says what is left, and answers 429 RATE_LIMITED when the bucket is empty', async () => {
    const first = await ask(server, rolePage, keyOf('client-one'));
    const cost = costOf(first.body);
    expect(first.headers.get('x-ratelimit-limit')).toBe('50');
    expect(first.headers.get('x-ratelimit-remaining')).toBe(String(50 - cost));
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    let last = first;
    for (let i = 0; i < 10 && last.status === 200; i++)
      last = await ask(server, rolePage, keyOf('client-one'));
    expect(last.status).toBe(429);
    expect(firstError(last.body).extensions).toMatchObject({ code: 'RATE_LIMITED', cost });
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client has a bucket of its own.
    const other = await ask(server, rolePage, keyOf('client-two'));
    expect(other.status).toBe(200);
    expect(dataOf<{ role: { name: string } }>(other.body).role.name).toBe('Software Architect');
  });

  it('logs one JSON line per operation with request id, name, duration and cost, and echoes the request id', async () => {
    const answer = await ask(server, rolePage, {
      'x-request-id': 'trace-abc-123',
      ...keyOf('client-three'),
    });
    expect(answer.headers.get('x-request-id')).toBe('trace-abc-123');
    // The log line travels through the server's stdout pipe, which can arrive after the HTTP answer.
    const line = await waitFor(() =>
      server
        .output()
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.requestId === 'trace-abc-123'),
    );
    expect(line).toMatchObject({
      operation: 'RolePage',
      cost: costOf(answer.body),
      durationMs: expect.any(Number),
      status: 200,
      msg: 'operation',
    });
  });

  it('serves Prometheus metrics: operations by name and outcome, store calls, batch sizes', async () => {
    const text = await (await fetch(server.metricsUrl as string)).text();
    expect(text).toMatch(/careergraph_graphql_operations_total\{operation="RolePage",outcome="ok"\} [1-9]/);
    expect(text).toMatch(
      /careergraph_graphql_operations_total\{operation="RolePage",outcome="RATE_LIMITED"\} [1-9]/,
    );
    expect(text).toMatch(
      /careergraph_graphql_operation_duration_seconds_bucket\{le="0.1",operation="RolePage",outcome="ok"\}/,
    );
    // The role page reads its role with the relations it selects, looked ahead, in one call.
    expect(text).toMatch(/careergraph_store_calls_total\{method="expand",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/careergraph_dataloader_batch_size_count\{loader="Role\+relations"\} [1-9]/);
    expect(text).toMatch(/careergraph_process_resident_memory_bytes \d+/);
  });

  it('supports automatic persisted queries: a hash alone once the query is known', async () => {
    const query = '{ role(slug: "data-engineer") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    const post = (body: object) =>
      postGraphQL(server.url, '', {}).then(() =>
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...keyOf('client-apq') },
          body: JSON.stringify(body),
        }).then(
          async (response) =>
            (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] },
        ),
      );
    expect((await post({ extensions: { persistedQuery } })).errors?.[0]?.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await post({ query, extensions: { persistedQuery } })).data).toEqual({
      role: { name: 'Data Engineer' },
    });
    expect((await post({ extensions: { persistedQuery } })).data).toEqual({
      role: { name: 'Data Engineer' },
    });
  });
});

describe('introspection switched off', () => {
  it('refuses __schema and __type, naming INTROSPECTION, but answers others (__typename too)', async () => {
    const server = await startServerProcess({ NODE_ENV: 'production', INTROSPECTION: 'false' });
    try {
      const introspection = await postGraphQL(server.url, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(codesOf(introspection.body)[0]).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(firstError(introspection.body).message).toBe(
        'Schema introspection is turned off on this server (INTROSPECTION=false), so "__schema" cannot be ' +
          'queried. The schema is published as schema/schema.graphql.',
      );
      const type = await postGraphQL(server.url, '{ __type(name: "Role") { name } }');
      expect(firstError(type.body).message).toContain('INTROSPECTION=false');
      expect(JSON.stringify([introspection.body, type.body])).not.toContain('ApolloServer');
      const typename = await postGraphQL(server.url, '{ __typename role(slug: "sql") { name } }');
      expect(typename.body.errors).toBeUndefined();
      expect(dataOf<{ __typename: string }>(typename.body).__typename).toBe('Query');
    } finally {
      await server.stop();
    }
  });
});

describe('a HOST the machine does not have', () => {
  it('stops with a message naming HOST, not only getaddrinfo', async () => {
    const failed = await startServerProcess({ HOST: '999.1.1.1' }).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(failed).toContain(
      'HOST=999.1.1.1 is not an address of this machine (getaddrinfo ENOTFOUND 999.1.1.1)',
    );
    expect(failed).toMatch(/^server exited with 1 before serving/);
  });
});

describe('a METRICS_PORT already in use', () => {
  it('stops with a message naming METRICS_PORT, not PORT', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const failed = await startServerProcess({ METRICS_PORT: String(port) }).then(
        () => 'started',
        (error: Error) => error.message,
      );
      expect(failed).toContain(`metrics: METRICS_PORT=${port} is already in use on 127.0.0.1`);
      expect(failed).toContain('choose another METRICS_PORT (0 picks a free one)');
    } finally {
      holder.close();
    }
  });
});

const describeIfRedis =
  redisAvailable() || process.env.CAREERGRAPH_REQUIRE_REDIS === 'true' ? describe : describe.skip;

describeIfRedis('rate limits shared through Redis', () => {
  let redis: RedisProcess;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    redis = await startRedis(await freePort());
    const env = {
      NODE_ENV: 'production',
      MAX_QUERY_COST: '50',
      RATE_LIMIT_POINTS: '100',
      REDIS_URL: redis.url,
      API_KEYS_FILE: apiKeysFile,
    };
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('spends one bucket across two API instances', async () => {
    const onA = await ask(a, rolePage, keyOf('shared-client'));
    const cost = costOf(onA.body);
    const onB = await ask(b, rolePage, keyOf('shared-client'));
    expect(onA.headers.get('x-ratelimit-remaining')).toBe(String(100 - cost));
    expect(onB.headers.get('x-ratelimit-remaining')).toBe(String(100 - 2 * cost));
    let last = onB;
    for (let i = 0; i < 20 && last.status === 200; i++)
      last = await ask(i % 2 ? a : b, rolePage, keyOf('shared-client'));
    expect(last.status).toBe(429);
  });

  it('keeps answering, with buckets in each process, while Redis is down', async () => {
    await redis.stop();
    const answer = await ask(a, rolePage, keyOf('another-client'));
    expect(answer.status).toBe(200);
    expect(dataOf<{ role: { name: string } }>(answer.body).role.name).toBe('Software Architect');
    expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(100 - costOf(answer.body)));
  });
});
