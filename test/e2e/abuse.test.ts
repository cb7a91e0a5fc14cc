import { buildCareerGraphSchema } from '../../src/api/schema';
import { defaultQueryLimits } from '../../src/server/limits';
import { writeApiKeysFile } from '../support/api-keys-file';
import { codeOf, expectClientError, leaks, postJson, send, type Reply } from '../support/http-reply';
import { codesOf, costOf, dataOf, firstError } from '../support/json';
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

/** What the fuzz run saw: each case with its reply. */
interface FuzzRun {
  readonly replies: readonly { readonly fuzzCase: FuzzCase; readonly reply: Reply }[];
  /** Server output written while the cases ran. */
  readonly log: string;
}

/** A case and its reply, in a line a failing assertion can name. */
function describeCase({ fuzzCase, reply }: FuzzRun['replies'][number]): string {
  return `case ${fuzzCase.index} [${fuzzCase.tricks.join(', ')}] ${JSON.stringify(fuzzCase.query).slice(0, 300)} variables ${JSON.stringify(fuzzCase.variables).slice(0, 200)} -> ${reply.status} ${reply.text.slice(0, 300)}`;
}

/** The distinct error codes of a reply; NO_CODE for an error without one, none for an answer with data only. */
const replyCodes = (reply: Reply): string[] => [
  ...new Set(codesOf(reply.json).map((code) => code ?? 'NO_CODE')),
];

/** How many replies fall under each key, most first, as a table for the test log. */
function tabulate(keys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `  ${key.padEnd(28)} ${String(value).padStart(5)}`)
    .join('\n');
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
      expect(reply.json?.data).toBeUndefined();
      const error = firstError(reply.json);
      expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: limits.maxDepth });
      expect(error.extensions?.depth).toBeGreaterThanOrEqual(20);
      expect(error.message).toContain(`the limit is ${limits.maxDepth}`);
    });

    it('refuses 100 aliases with 400 TOO_MANY_ALIASES', async () => {
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: name`).join(' ');
      const reply = await postJson(
        server.url,
        JSON.stringify({ query: `{ role(slug: "software-architect") { ${aliases} } }` }),
      );
      expectClientError(reply, 400);
      expect(firstError(reply.json).extensions).toMatchObject({
        code: 'TOO_MANY_ALIASES',
        aliases: 100,
        limit: limits.maxAliases,
      });
    });

    it('refuses 16 root fields with 400 TOO_MANY_ROOT_FIELDS', async () => {
      const reply = await postJson(server.url, JSON.stringify({ query: `{ ${'__typename '.repeat(16)}}` }));
      expectClientError(reply, 400);
      expect(firstError(reply.json).extensions).toMatchObject({
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
      const error = firstError(reply.json);
      // The cost check runs before the resolver's range check, so QUERY_TOO_COSTLY (400) answers today;
      // BAD_USER_INPUT (the resolver's "at most 100") would be as good.
      expect(['QUERY_TOO_COSTLY', 'BAD_USER_INPUT']).toContain(error.extensions?.code);
      if (error.extensions?.code === 'QUERY_TOO_COSTLY') {
        expect(reply.status).toBe(400);
        expect(error.extensions.cost?.requested).toBeGreaterThan(limits.maxCost);
        expect(error.message).toContain(`the limit is ${limits.maxCost}`);
      } else {
        expect(error.extensions?.max).toBe(100);
      }
      expect(reply.json?.data ?? null).toBeNull();
      expect(leaks(reply.text)).toBeNull();
    });

    it('refuses a shallow but costly query (8 levels, lists in lists) with 400 QUERY_TOO_COSTLY', async () => {
      const query =
        '{ roles(first: 100) { nodes { skills { skill { roles { skills { skill { slug } } } } } } } }';
      const reply = await postJson(server.url, JSON.stringify({ query }));
      expectClientError(reply, 400);
      expect(reply.json?.data).toBeUndefined();
      const { code, cost } = firstError(reply.json).extensions ?? {};
      expect(code).toBe('QUERY_TOO_COSTLY');
      expect(cost?.limit).toBe(limits.maxCost);
      expect(cost?.requested).toBeGreaterThan(limits.maxCost);
    });

    it('reports the cost of an accepted query in extensions.cost', async () => {
      const { status, body } = await postGraphQL(server.url, '{ roles(first: 5) { nodes { name } } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.extensions?.cost?.limit).toBe(limits.maxCost);
      expect(costOf(body)).toBeGreaterThan(0);
      expect(costOf(body)).toBeLessThanOrEqual(limits.maxCost);
    });
  });

  describe('bodies and transports', () => {
    it('answers a 1 MB document with 413 BAD_REQUEST, too large', async () => {
      const huge = await postJson(
        server.url,
        JSON.stringify({ query: `{ ${'__typename '.repeat(95_000)}}` }),
      );
      expectClientError(huge, 413);
      expect(firstError(huge.json).extensions?.code).toBe('BAD_REQUEST');
      expect(firstError(huge.json).message).toMatch(/too large/);
    });

    it('answers a 30 kB document with 413 QUERY_TOO_LONG, naming the limit', async () => {
      const long = await postJson(server.url, JSON.stringify({ query: `{ ${'__typename '.repeat(2_700)}}` }));
      expectClientError(long, 413);
      expect(firstError(long.json).extensions).toMatchObject({
        code: 'QUERY_TOO_LONG',
        limit: limits.maxQueryLength,
      });
    });

    it.each([
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
    ])('answers the body %j with 400 in the GraphQL error shape', async (body) => {
      expectClientError(await postJson(server.url, body), 400);
    });

    it('says what is wrong with malformed JSON', async () => {
      const malformed = await postJson(server.url, '{"query": ');
      expect(firstError(malformed.json)).toEqual({
        message: 'Request body is not valid JSON.',
        extensions: { code: 'BAD_REQUEST' },
      });
    });

    const query = '{ role(slug: "software-architect") { name } }';
    const form = () => {
      const data = new FormData();
      data.append('query', query);
      return data;
    };

    it.each([
      ['text/plain', () => ({ headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) })],
      [
        'a urlencoded form',
        () => ({
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ query }).toString(),
        }),
      ],
      // fetch sets multipart/form-data with its boundary.
      ['a multipart form', () => ({ body: form() })],
    ])('refuses %s as a Cross-Site Request Forgery with 400', async (_name, init) => {
      const reply = await send(server.url, { method: 'POST', ...init() });
      expectClientError(reply, 400);
      expect(firstError(reply.json).message).toMatch(/Cross-Site Request Forgery/);
      expect(reply.json?.data).toBeUndefined();
    });

    // Past CSRF prevention (a preflight header, or a non-simple type), still no body Apollo reads.
    it.each([
      [
        'text/plain with a preflight header',
        { 'content-type': 'text/plain', 'apollo-require-preflight': 'true' },
        JSON.stringify({ query }),
      ],
      ['application/graphql', { 'content-type': 'application/graphql' }, query],
      ['JSON in UTF-16', { 'content-type': 'application/json; charset=utf-16' }, JSON.stringify({ query })],
      [
        'a body that claims gzip',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        'not gzip at all',
      ],
    ])('answers %s with 4xx, never 5xx', async (_name, headers, body) => {
      expectClientError(await send(server.url, { method: 'POST', headers, body }));
    });

    const getUrl = () => `${server.url}?query=${encodeURIComponent(query)}`;

    it('refuses a GET query without a preflight header (CSRF) with 400', async () => {
      const blocked = await send(getUrl());
      expectClientError(blocked, 400);
      expect(firstError(blocked.json).message).toMatch(/Cross-Site Request Forgery/);
    });

    it('answers a GET query with a preflight header', async () => {
      const allowed = await send(getUrl(), { headers: { 'apollo-require-preflight': 'true' } });
      expect(allowed.status).toBe(200);
      expect(allowed.json?.data).toEqual({ role: { name: 'Software Architect' } });
    });

    it('refuses a mutation over GET with 405', async () => {
      const mutation = await send(`${server.url}?query=${encodeURIComponent('mutation { x }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expectClientError(mutation, 405);
    });

    it('tells a browser in plain words that the playground is off (404, PLAYGROUND=true), no JSON, no page', async () => {
      const browser = await send(server.url, {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      expect(browser.status).toBe(404);
      expect(browser.text).toContain('PLAYGROUND=true');
      expect(browser.text).not.toMatch(/<html/i);
      expect(leaks(browser.text)).toBeNull();
    });

    it.each(['PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405', async (method) => {
      const reply = await send(server.url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expectClientError(reply, 405);
    });

    it('answers an unknown path with 404 and no stack trace', async () => {
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
      expect(reply.json?.data).toBeUndefined();
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

  // graphql-js 16 has no validation rule for a root type the schema lacks; the server refuses them itself.
  describe('operation types the schema does not have', () => {
    it.each(['mutation { deleteEverything }', 'subscription { roles { name } }'])(
      'answers %j as a client error, 400 OPERATION_NOT_SUPPORTED, not INTERNAL_SERVER_ERROR',
      async (query) => {
        const reply = await postJson(server.url, JSON.stringify({ query }));
        expectClientError(reply, 400);
        expect(codeOf(reply)).toBe('OPERATION_NOT_SUPPORTED');
      },
    );
  });

  describe(`${FUZZ_CASES} fuzzed queries`, () => {
    let run: FuzzRun;
    const problems = (wrong: (reply: Reply) => boolean) =>
      run.replies.filter(({ reply }) => wrong(reply)).map(describeCase);

    beforeAll(async () => {
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
      run = { replies, log: server.output().slice(logBefore) };
      const codes = replies.flatMap(({ reply }) => {
        const found = replyCodes(reply);
        return found.length > 0 ? found : ['none (data, no errors)'];
      });
      console.log(
        `${cases.length} fuzzed queries (seed ${FUZZ_SEED}, ${FUZZ_CONCURRENCY} at a time) in ${seconds.toFixed(1)} s\n` +
          `by HTTP status:\n${tabulate(replies.map(({ reply }) => String(reply.status)))}\n` +
          `by error code (a response may carry several):\n${tabulate(codes)}`,
      );
    }, 60_000);

    it('answers every one with 200, 400 or 413', () => {
      expect(problems((reply) => ![200, 400, 413].includes(reply.status))).toEqual([]);
    });

    it('answers every one with JSON', () => {
      expect(problems((reply) => !reply.contentType.includes('json'))).toEqual([]);
    });

    it('answers every one with a GraphQL body: an object with data or errors', () => {
      expect(
        problems((reply) => reply.json === undefined || !('data' in reply.json || 'errors' in reply.json)),
      ).toEqual([]);
    });

    it('leaks no stack trace or path in any answer', () => {
      expect(problems((reply) => leaks(reply.text) !== null)).toEqual([]);
    });

    it('answers none with an internal error or an error without a code', () => {
      expect(
        problems((reply) =>
          replyCodes(reply).some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'NO_CODE'),
        ),
      ).toEqual([]);
    });

    it('reports a cost within the limit for every accepted one', () => {
      const accepted = (reply: Reply) => reply.status === 200 && replyCodes(reply).length === 0;
      expect(
        problems((reply) => {
          const requested = reply.json?.extensions?.cost?.requested;
          return accepted(reply) && !(typeof requested === 'number' && requested <= limits.maxCost);
        }),
      ).toEqual([]);
    });

    // The fuzzer must reach the resolvers and each limit, not only the parser.
    it('gets data without errors for more than a fifth of them', () => {
      const answered = run.replies.filter(({ reply }) => replyCodes(reply).length === 0);
      expect(answered.length).toBeGreaterThan(FUZZ_CASES * 0.2);
    });

    it.each([
      'GRAPHQL_PARSE_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
      'QUERY_TOO_DEEP',
      'TOO_MANY_ALIASES',
      'QUERY_TOO_COSTLY',
    ])('reaches %s', (code) => {
      expect(run.replies.some(({ reply }) => replyCodes(reply).includes(code))).toBe(true);
    });

    it('logs none of them as an internal failure', () => {
      // The log is a pipe: a line of an earlier test may land late; the fuzzer sends no mutations.
      const failures = run.log
        .split('\n')
        .filter((line) => line.includes('operation failed') && !line.includes('Schema is not configured'));
      expect(failures).toEqual([]);
    });

    it('keeps serving queries and /healthz afterwards, in the same process', async () => {
      const after = await postGraphQL(server.url, '{ role(slug: "software-architect") { name } }');
      expect(after.status).toBe(200);
      expect(dataOf(after.body)).toEqual({ role: { name: 'Software Architect' } });
      const health = await send(server.url.replace(/\/graphql$/, '/healthz'));
      expect(health.json).toEqual({ status: 'ok' });
      expect(server.child.exitCode).toBeNull();
      expect(server.child.signalCode).toBeNull();
    });
  });
});

describe('rate limiting over HTTP, in production mode', () => {
  let server: ServerProcess;
  // Costs 23,101 points: under MAX_QUERY_COST, so a 30,000-point bucket holds one and not two.
  const heavy = '{ roles(first: 100) { nodes { relatedRoles(first: 50) { score role { slug name } } } } }';
  const keys = { abuser: 'cg_abuser_key', bystander: 'cg_bystander_key' };
  /** In order: the abuser's two requests, then a bystander's and an anonymous client's. */
  let replies: { first: Reply; second: Reply; bystander: Reply; anonymous: Reply };

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      NEO4J_URI: undefined,
      RATE_LIMIT_POINTS: '30000',
      LOG_LEVEL: 'error',
      API_KEYS_FILE: writeApiKeysFile(Object.entries(keys).map(([name, key]) => ({ name, key }))),
    });
    const ask = (query: string, headers: Record<string, string> = {}) =>
      postJson(server.url, JSON.stringify({ query }), headers);
    const first = await ask(heavy, { 'x-api-key': keys.abuser });
    const second = await ask(heavy, { 'x-api-key': keys.abuser });
    const bystander = await ask(heavy, { 'x-api-key': keys.bystander });
    const anonymous = await ask('{ role(slug: "software-architect") { name } }');
    replies = { first, second, bystander, anonymous };
  });
  afterAll(async () => {
    if (server.child.exitCode === null) await server.stop();
  });

  it('answers a client its first heavy query, costing more than half the bucket', () => {
    expect(replies.first.status).toBe(200);
    expect(replies.first.json?.errors).toBeUndefined();
    expect(costOf(replies.first.json)).toBeGreaterThan(15_000);
    expect(costOf(replies.first.json)).toBeLessThanOrEqual(limits.maxCost);
  });

  it('answers its second with 429 RATE_LIMITED, the cost and a Retry-After', () => {
    expectClientError(replies.second, 429);
    expect(Number(replies.second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(firstError(replies.second.json).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      cost: costOf(replies.first.json),
    });
    expect(replies.second.json?.data).toBeUndefined();
  });

  it('keeps serving another key holder', () => {
    expect(replies.bystander.status).toBe(200);
  });

  it('keeps serving a client without a key', () => {
    expect(replies.anonymous.json?.data).toEqual({ role: { name: 'Software Architect' } });
  });
});
