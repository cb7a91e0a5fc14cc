import { buildCareerGraphSchema } from '../../src/api/schema';
import { defaultQueryLimits } from '../../src/server/limits';
import { writeApiKeysFile } from '../support/api-keys-file';
import { codeOf, expectClientError, leaks, postJson, send } from '../support/http-reply';
import { fuzzQueries, type FuzzCase } from '../support/query-fuzzer';
import { postGraphQL, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * Abuse resistance of the built server over real HTTP, in production mode: queries over each limit,
 * bodies too large or malformed, wrong content types, cross-site (CSRF) requests, bad variables, and
 * 1,200 fuzzed documents. Nothing may answer 5xx, leak a stack trace or a file path, or stop the process.
 */

const limits = defaultQueryLimits;
const FUZZ_CASES = 1200;
const FUZZ_SEED = 20240601;
const FUZZ_CONCURRENCY = 8;

/** Runs `worker` over `items`, at most `concurrency` at a time, keeping the order of results. */
async function inPool<T, R>(items: readonly T[], concurrency: number, worker: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await worker(items[index] as T);
    }
  });
  await Promise.all(lanes);
  return results;
}

/** roles -> nodes -> (skills -> skill -> roles) ...: `levels` nested fields, then a leaf. */
function recursiveQuery(levels: number): string {
  const chain = ['skills', 'skill', 'roles'];
  let inner = 'slug';
  for (let level = levels - 2; level >= 1; level--)
    inner = `${chain[(level - 1) % chain.length]} { ${inner} }`;
  return `{ roles(first: 1) { nodes { ${inner} } } }`;
}

describe('abuse resistance of the built server over HTTP, in production mode', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      NEO4J_URI: undefined,
      RATE_LIMIT_POINTS: '0',
      // Only errors are logged: an "operation failed" line is an internal error the fuzzer found.
      LOG_LEVEL: 'error',
    });
  });
  afterAll(async () => {
    if (server.child.exitCode === null) await server.stop();
  });

  describe('queries over a limit', () => {
    it('refuses a 20-level recursive query with 400 QUERY_TOO_DEEP before running it', async () => {
      const reply = await postJson(server.url, JSON.stringify({ query: recursiveQuery(20) }));
      expectClientError(reply, 400);
      expect(reply.json.data).toBeUndefined();
      expect(reply.json.errors[0].extensions).toMatchObject({
        code: 'QUERY_TOO_DEEP',
        limit: limits.maxDepth,
      });
      expect(reply.json.errors[0].extensions.depth).toBeGreaterThanOrEqual(20);
      expect(reply.json.errors[0].message).toContain(`the limit is ${limits.maxDepth}`);
    });

    it('refuses 100 aliases with 400 TOO_MANY_ALIASES', async () => {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: name`).join(' ');
      const reply = await postJson(
        server.url,
        JSON.stringify({ query: `{ role(slug: "software-architect") { ${aliases} } }` }),
      );
      expectClientError(reply, 400);
      expect(reply.json.errors[0].extensions).toMatchObject({
        code: 'TOO_MANY_ALIASES',
        aliases: 100,
        limit: limits.maxAliases,
      });
    });

    it('refuses 16 root fields with 400 TOO_MANY_ROOT_FIELDS', async () => {
      const reply = await postJson(server.url, JSON.stringify({ query: `{ ${'__typename '.repeat(16)}}` }));
      expectClientError(reply, 400);
      expect(reply.json.errors[0].extensions).toMatchObject({
        code: 'TOO_MANY_ROOT_FIELDS',
        rootFields: 16,
        limit: limits.maxRootFields,
      });
    });

    it('refuses roles(first: 1000000) with QUERY_TOO_COSTLY or BAD_USER_INPUT, naming the limit', async () => {
      const reply = await postJson(
        server.url,
        JSON.stringify({ query: '{ roles(first: 1000000) { totalCount } }' }),
      );
      expect(reply.status).toBeLessThan(500);
      const error = reply.json.errors[0];
      // The cost check runs before the resolver's range check, so QUERY_TOO_COSTLY (400) answers today;
      // BAD_USER_INPUT (the resolver's "at most 100") would be as good.
      expect(['QUERY_TOO_COSTLY', 'BAD_USER_INPUT']).toContain(error.extensions.code);
      if (error.extensions.code === 'QUERY_TOO_COSTLY') {
        expect(reply.status).toBe(400);
        expect(error.extensions.cost.requested).toBeGreaterThan(limits.maxCost);
        expect(error.message).toContain(`the limit is ${limits.maxCost}`);
      } else {
        expect(error.extensions.max).toBe(100);
      }
      expect(reply.json.data ?? null).toBeNull();
      expect(leaks(reply.text)).toBeNull();
    });

    it('refuses a shallow but costly query (8 levels, lists in lists) with 400 QUERY_TOO_COSTLY', async () => {
      const query =
        '{ roles(first: 100) { nodes { skills { skill { roles { skills { skill { slug } } } } } } } }';
      const reply = await postJson(server.url, JSON.stringify({ query }));
      expectClientError(reply, 400);
      expect(reply.json.data).toBeUndefined();
      const { code, cost } = reply.json.errors[0].extensions;
      expect(code).toBe('QUERY_TOO_COSTLY');
      expect(cost.limit).toBe(limits.maxCost);
      expect(cost.requested).toBeGreaterThan(cost.limit);
    });

    it('reports the cost of an accepted query in extensions.cost', async () => {
      const { status, body } = await postGraphQL(server.url, '{ roles(first: 5) { nodes { name } } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loose JSON
      const extensions = (body as any).extensions;
      expect(extensions.cost.limit).toBe(limits.maxCost);
      expect(extensions.cost.requested).toBeGreaterThan(0);
      expect(extensions.cost.requested).toBeLessThanOrEqual(limits.maxCost);
    });
  });

  describe('bodies and transports', () => {
    it('answers a 1 MB document with 413, and a 30 kB one with 413 QUERY_TOO_LONG', async () => {
      const huge = await postJson(
        server.url,
        JSON.stringify({ query: `{ ${'__typename '.repeat(95_000)}}` }),
      );
      expectClientError(huge, 413);
      expect(huge.json.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(huge.json.errors[0].message).toMatch(/too large/);
      const long = await postJson(server.url, JSON.stringify({ query: `{ ${'__typename '.repeat(2_700)}}` }));
      expectClientError(long, 413);
      expect(long.json.errors[0].extensions).toMatchObject({
        code: 'QUERY_TOO_LONG',
        limit: limits.maxQueryLength,
      });
    });

    it('answers malformed JSON, batches and bad body fields with 400', async () => {
      const bodies = [
        '{"query": ',
        "{'query': '{ __typename }'}",
        '{query: "{ __typename }"}',
        '{"query": "{ __typename }"}}',
        'null',
        '',
        '[{"query": "{ __typename }"}]',
        '{"query": 5}',
        '{"query": "{ __typename }", "variables": "{}"}',
        '{"query": "{ __typename }", "variables": [1]}',
        '{"query": "{ __typename }", "operationName": 7}',
        '{"query": "{ __typename }", "extensions": "x"}',
        '{}',
      ];
      for (const body of bodies) {
        const reply = await postJson(server.url, body);
        expect({ body, status: reply.status }).toEqual({ body, status: 400 });
        expectClientError(reply);
      }
      const malformed = await postJson(server.url, '{"query": ');
      expect(malformed.json.errors[0]).toEqual({
        message: 'Request body is not valid JSON.',
        extensions: { code: 'BAD_REQUEST' },
      });
    });

    it('refuses form, text and multipart bodies (CSRF prevention) with 4xx, never 5xx', async () => {
      const query = '{ role(slug: "software-architect") { name } }';
      const form = new FormData();
      form.append('query', query);
      const replies = [
        await send(server.url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query }),
        }),
        await send(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ query }).toString(),
        }),
        // fetch sets multipart/form-data with its boundary.
        await send(server.url, { method: 'POST', body: form }),
      ];
      for (const reply of replies) {
        expectClientError(reply, 400);
        expect(reply.json.errors[0].message).toMatch(/Cross-Site Request Forgery/);
        expect(reply.json.data).toBeUndefined();
      }
      // Past CSRF prevention (a preflight header, or a non-simple type), still no body Apollo reads.
      const others = [
        await send(server.url, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query }),
        }),
        await send(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/graphql' },
          body: query,
        }),
        await send(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-16' },
          body: JSON.stringify({ query }),
        }),
        await send(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: 'not gzip at all',
        }),
      ];
      for (const reply of others) expectClientError(reply);
    });

    it('refuses a GET query without a preflight header (CSRF), answers one with it', async () => {
      const url = `${server.url}?query=${encodeURIComponent('{ role(slug: "software-architect") { name } }')}`;
      const blocked = await send(url);
      expectClientError(blocked, 400);
      expect(blocked.json.errors[0].message).toMatch(/Cross-Site Request Forgery/);
      const allowed = await send(url, { headers: { 'apollo-require-preflight': 'true' } });
      expect(allowed.status).toBe(200);
      expect(allowed.json.data).toEqual({ role: { name: 'Software Architect' } });
      const mutation = await send(`${server.url}?query=${encodeURIComponent('mutation { x }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expectClientError(mutation, 405);
    });

    it('answers a browser navigation, other methods and unknown paths with 4xx and no stack trace', async () => {
      const browser = await send(server.url, {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      // The playground is off in production: a browser is told so, in plain words, not sent JSON.
      expect(browser.status).toBe(404);
      expect(browser.text).toContain('PLAYGROUND=true');
      expect(browser.text).not.toMatch(/<html/i);
      expect(leaks(browser.text)).toBeNull();
      for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
        const reply = await send(server.url, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expectClientError(reply, 405);
      }
      const unknown = await send(server.url.replace(/\/graphql$/, '/../etc/passwd'));
      expect(unknown.status).toBe(404);
      expect(leaks(unknown.text)).toBeNull();
    });
  });

  describe('variables', () => {
    const rolesQuery = 'query($n: Int!) { roles(first: $n) { totalCount } }';
    const filterQuery = 'query($f: RoleFilter) { roles(filter: $f) { totalCount } }';
    const cases: [string, string, Record<string, unknown>][] = [
      ['a wrong type', rolesQuery, { n: 'many' }],
      ['a float for an Int', rolesQuery, { n: 1.5 }],
      ['an Int out of 32 bits', rolesQuery, { n: 2 ** 40 }],
      ['a missing required variable', rolesQuery, {}],
      ['null for a non-null variable', rolesQuery, { n: null }],
      ['an unknown enum value', filterQuery, { f: { family: 'ASTRONAUTS' } }],
      ['an unknown input field', filterQuery, { f: { family: 'BACKEND', salary: 1 } }],
      ['a list for an input object', filterQuery, { f: [{ family: 'BACKEND' }] }],
    ];
    it.each(cases)('answers %s with 400 BAD_USER_INPUT', async (_name, query, variables) => {
      const reply = await postJson(server.url, JSON.stringify({ query, variables }));
      expectClientError(reply, 400);
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(reply.json.data).toBeUndefined();
    });

    it('answers a deeply nested variable value with 400, not a stack overflow', async () => {
      const body = `{"query":"query($a: [String!]) { careerPaths(from: \\"junior-backend-developer\\", to: \\"software-architect\\", avoid: $a) { length } }","variables":{"a":${'['.repeat(40_000)}${']'.repeat(40_000)}}}`;
      const reply = await postJson(server.url, body);
      expectClientError(reply, 400);
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    });

    it('answers a deeply nested literal with 400 GRAPHQL_PARSE_FAILED', async () => {
      const query = `{ roles(filter: ${'['.repeat(4_900)}${']'.repeat(4_900)}) { totalCount } }`;
      const reply = await postJson(server.url, JSON.stringify({ query }));
      expectClientError(reply, 400);
      expect(codeOf(reply)).toBe('GRAPHQL_PARSE_FAILED');
    });
  });

  describe('operation types the schema does not have', () => {
    const operations = ['mutation { deleteEverything }', 'subscription { roles { name } }'];

    it('answers mutation and subscription without a 5xx or a stack trace', async () => {
      for (const query of operations) {
        const reply = await postJson(server.url, JSON.stringify({ query }));
        expect(reply.status).toBeLessThan(500);
        expect(Array.isArray(reply.json.errors)).toBe(true);
        expect(leaks(reply.text)).toBeNull();
      }
    });

    // graphql-js 16 has no validation rule for a root type the schema lacks; the server refuses them itself.
    it('answers mutation and subscription as client errors (400 OPERATION_NOT_SUPPORTED), not INTERNAL_SERVER_ERROR', async () => {
      for (const query of operations) {
        const reply = await postJson(server.url, JSON.stringify({ query }));
        expectClientError(reply);
        expect(reply.status).toBe(400);
        expect(codeOf(reply)).toBe('OPERATION_NOT_SUPPORTED');
      }
    });
  });

  describe(`${FUZZ_CASES} fuzzed queries`, () => {
    it('come from a generator that gives the same sequence for the same seed', async () => {
      const schema = await buildCareerGraphSchema();
      expect(fuzzQueries(schema, 50, FUZZ_SEED)).toEqual(fuzzQueries(schema, 50, FUZZ_SEED));
      expect(fuzzQueries(schema, 50, FUZZ_SEED + 1)).not.toEqual(fuzzQueries(schema, 50, FUZZ_SEED));
    });

    it('answers every one with 200, 400 or 413 and a JSON GraphQL body, leaks nothing, and keeps serving', async () => {
      const schema = await buildCareerGraphSchema();
      const cases = fuzzQueries(schema, FUZZ_CASES, FUZZ_SEED);
      const logBefore = server.output().length;
      const started = performance.now();
      const replies = await inPool(cases, FUZZ_CONCURRENCY, async (fuzzCase: FuzzCase) => ({
        fuzzCase,
        reply: await postJson(
          server.url,
          JSON.stringify({ query: fuzzCase.query, variables: fuzzCase.variables }),
        ),
      }));
      const seconds = (performance.now() - started) / 1000;

      const byStatus = new Map<string, number>();
      const byCode = new Map<string, number>();
      const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
      const problems: string[] = [];
      for (const { fuzzCase, reply } of replies) {
        count(byStatus, String(reply.status));
        const codes: string[] = [
          ...new Set<string>(
            (reply.json?.errors ?? []).map((e: { extensions?: { code?: string } }) =>
              String(e.extensions?.code ?? 'NO_CODE'),
            ),
          ),
        ];
        if (codes.length === 0) count(byCode, 'none (data, no errors)');
        for (const code of codes) count(byCode, code);

        const where = `case ${fuzzCase.index} [${fuzzCase.tricks.join(', ')}] ${JSON.stringify(fuzzCase.query).slice(0, 300)} variables ${JSON.stringify(fuzzCase.variables).slice(0, 200)}`;
        const wrong = (what: string) =>
          problems.push(`${what}: ${where} -> ${reply.status} ${reply.text.slice(0, 300)}`);
        if (![200, 400, 413].includes(reply.status)) wrong(`status ${reply.status}`);
        if (!reply.contentType.includes('json')) wrong(`content-type ${reply.contentType}`);
        if (reply.json === undefined || typeof reply.json !== 'object' || reply.json === null)
          wrong('body is not a JSON object');
        else if (!('data' in reply.json) && !('errors' in reply.json))
          wrong('body has neither data nor errors');
        const leak = leaks(reply.text);
        if (leak) wrong(`leaks ${leak}`);
        if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NO_CODE')) wrong('internal error');
        const cost = reply.json?.extensions?.cost;
        if (reply.status === 200 && codes.length === 0 && !(cost?.requested <= limits.maxCost))
          wrong(`accepted without a cost within the limit (${JSON.stringify(cost)})`);
      }

      const table = (map: Map<string, number>) =>
        [...map.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([key, value]) => `  ${key.padEnd(28)} ${String(value).padStart(5)}`)
          .join('\n');
      console.log(
        `${cases.length} fuzzed queries (seed ${FUZZ_SEED}, ${FUZZ_CONCURRENCY} at a time) in ${seconds.toFixed(1)} s\n` +
          `by HTTP status:\n${table(byStatus)}\nby error code (a response may carry several):\n${table(byCode)}`,
      );

      expect(problems).toEqual([]);
      // The fuzzer must reach the resolvers and each limit, not only the parser.
      expect(byCode.get('none (data, no errors)') ?? 0).toBeGreaterThan(FUZZ_CASES * 0.2);
      for (const code of [
        'GRAPHQL_PARSE_FAILED',
        'GRAPHQL_VALIDATION_FAILED',
        'BAD_USER_INPUT',
        'QUERY_TOO_DEEP',
        'TOO_MANY_ALIASES',
        'QUERY_TOO_COSTLY',
      ]) {
        expect({ code, seen: (byCode.get(code) ?? 0) > 0 }).toEqual({ code, seen: true });
      }
      // Nothing the fuzzer sent was logged as an internal failure. (The log is a pipe: a line of the
      // mutation test above, the known bug, may land after logBefore; the fuzzer sends no mutations.)
      const failures = server
        .output()
        .slice(logBefore)
        .split('\n')
        .filter((line) => line.includes('operation failed') && !line.includes('Schema is not configured'));
      expect(failures).toEqual([]);

      const after = await postGraphQL(server.url, '{ role(slug: "software-architect") { name } }');
      expect(after.status).toBe(200);
      expect(after.body.data).toEqual({ role: { name: 'Software Architect' } });
      const health = await send(server.url.replace(/\/graphql$/, '/healthz'));
      expect(health.json).toEqual({ status: 'ok' });
      expect(server.child.exitCode).toBeNull();
      expect(server.child.signalCode).toBeNull();
    }, 60_000);
  });
});

describe('rate limiting over HTTP, in production mode', () => {
  let server: ServerProcess;
  // Costs 23,101 points: under MAX_QUERY_COST, so a 30,000-point bucket holds one and not two.
  const heavy = '{ roles(first: 100) { nodes { relatedRoles(first: 50) { score role { slug name } } } } }';
  const keys = { abuser: 'cg_abuser_key', bystander: 'cg_bystander_key' };

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      NEO4J_URI: undefined,
      RATE_LIMIT_POINTS: '30000',
      LOG_LEVEL: 'error',
      API_KEYS_FILE: writeApiKeysFile(Object.entries(keys).map(([name, key]) => ({ name, key }))),
    });
  });
  afterAll(async () => {
    if (server.child.exitCode === null) await server.stop();
  });

  it('answers 429 RATE_LIMITED with Retry-After once a client spent its points, and keeps serving others', async () => {
    const first = await postJson(server.url, JSON.stringify({ query: heavy }), { 'x-api-key': keys.abuser });
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    const cost = first.json.extensions.cost.requested;
    expect(cost).toBeGreaterThan(15_000);
    expect(cost).toBeLessThanOrEqual(limits.maxCost);

    const second = await postJson(server.url, JSON.stringify({ query: heavy }), { 'x-api-key': keys.abuser });
    expectClientError(second, 429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(second.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost });
    expect(second.json.data).toBeUndefined();

    const bystander = await postJson(server.url, JSON.stringify({ query: heavy }), {
      'x-api-key': keys.bystander,
    });
    expect(bystander.status).toBe(200);
    const anonymous = await postGraphQL(server.url, '{ role(slug: "software-architect") { name } }');
    expect(anonymous.body.data).toEqual({ role: { name: 'Software Architect' } });
  });
});
