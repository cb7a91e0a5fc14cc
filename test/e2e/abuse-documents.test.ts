import { createHash } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { codeOf, expectClientError, leaks, postJson, postQuery, send } from '../support/http-reply';
import { codesOf, costOf, dataOf, firstError } from '../support/json';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * Abuse resistance, round two (issue 11), over real HTTP in production mode: documents that cost work
 * before they run (fragments, repeated fields, introspection), what answers say (codes, hints, echoed
 * values, headers), and what lists and introspection are priced at.
 */

/** The document: each fragment spreads the next twice, so `levels` levels expand to 2^levels copies. */
function doublingFragments(levels: number): string {
  let document = 'query Q { role(slug:"api-developer") { ...F0 } }\n';
  for (let level = 0; level < levels; level++)
    document += `fragment F${level} on Role { ...F${level + 1} ... on Role { ...F${level + 1} } }\n`;
  return `${document}fragment F${levels} on Role { slug }`;
}

/** `width` copies of the same field at every level, `levels` levels down: fields graphql-js compares pairwise. */
function repeatedTree(levels: number, width: number): string {
  const level = (left: number): string =>
    left === 0
      ? 'slug'
      : Array.from({ length: width }, () => `nextRoles { to { ${level(left - 1)} } }`).join(' ');
  return `{ role(slug: "software-architect") { ${level(levels)} } }`;
}

/** 300 fragments spread side by side, each selecting the same fields. */
function wideFragments(count: number): string {
  const spreads = Array.from({ length: count }, (_, index) => `...W${index}`).join(' ');
  const fragments = Array.from({ length: count }, (_, index) => `fragment W${index} on Role { name slug }`);
  return `{ role(slug: "software-architect") { ${spreads} } }\n${fragments.join('\n')}`;
}

/** One walk of the schema as deep as graphql-js lets introspection nest. */
const schemaWalk =
  'types { name fields { name args { name type { name } } type { name fields { name type { name } } } } }';

/** Every JSON object in an answer: what introspection returns, one object per type, field, argument... */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectsIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return 1 + Object.values(value).reduce((sum: number, item) => sum + objectsIn(item), 0);
}

describe('documents and answers, in production mode (issue 11)', () => {
  let server: ServerProcess;
  const base = () => server.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    server = await startServerProcess({ NODE_ENV: 'production', RATE_LIMIT_POINTS: '0', LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop();
  });

  describe('work before refusal stays linear in the document (finding 1)', () => {
    it.each([24, 40])(
      'refuses %i levels of fragments that each spread the next twice at once, and keeps answering others',
      async (levels) => {
        const document = doublingFragments(levels);
        const [reply, health] = await Promise.all([
          postJson(
            server.url,
            JSON.stringify({ query: document }),
            {},
            { signal: AbortSignal.timeout(10_000) },
          ),
          send(`${base()}/healthz`, { signal: AbortSignal.timeout(10_000) }),
        ]);
        expectClientError(reply, 400);
        expect(['TOO_MANY_SELECTIONS', 'QUERY_TOO_COSTLY']).toContain(codeOf(reply));
        expect(health.json).toEqual({ status: 'ok' });
      },
    );

    it.each([
      [
        '700 copies of one field with fields below',
        `{ role(slug: "software-architect") { ${'nextRoles { to { slug } } '.repeat(700)}} }`,
      ],
      ['a tree of repeated fields, 4 wide and 4 deep', repeatedTree(4, 4)],
      ['300 fragments side by side selecting the same fields', wideFragments(300)],
    ])(
      "refuses %s with TOO_MANY_SELECTIONS, before graphql-js's pairwise field comparison runs",
      async (_name, query) => {
        const reply = await postQuery(server.url, query);
        expectClientError(reply, 400);
        expect(codeOf(reply)).toBe('TOO_MANY_SELECTIONS');
      },
    );
  });

  describe('introspection (finding 5)', () => {
    it('refuses more than one __schema in an operation with TOO_MANY_SCHEMA_FIELDS', async () => {
      const walks = Array.from({ length: 15 }, (_, index) => `s${index}: __schema { ${schemaWalk} }`).join(
        ' ',
      );
      const reply = await postQuery(server.url, `{ ${walks} }`);
      expectClientError(reply, 400);
      expect(firstError(reply.json).extensions).toMatchObject({
        code: 'TOO_MANY_SCHEMA_FIELDS',
        schemaFields: 15,
        limit: 1,
      });
    });

    it('prices an introspection at least at the number of objects it returns', async () => {
      const reply = await postQuery(server.url, `{ __schema { ${schemaWalk} } }`);
      expect(reply.status).toBe(200);
      const returned = objectsIn(reply.json?.data);
      expect(returned).toBeGreaterThan(500);
      expect(reply.json?.extensions?.cost?.requested).toBeGreaterThanOrEqual(returned);
    });

    it('refuses a walk of the schema repeated under aliases as too costly', async () => {
      const walks = Array.from({ length: 30 }, (_, index) => `w${index}: ${schemaWalk}`).join(' ');
      const reply = await postQuery(server.url, `{ __schema { ${walks} } }`);
      expectClientError(reply, 400);
      expect(codeOf(reply)).toBe('QUERY_TOO_COSTLY');
    });

    it("still answers GraphiQL's introspection query", async () => {
      const reply = await postQuery(server.url, getIntrospectionQuery());
      expect(reply.status).toBe(200);
      expect(reply.json?.errors).toBeUndefined();
      expect(dataOf<{ __schema: { queryType: { name: string } } }>(reply.json).__schema.queryType.name).toBe(
        'Query',
      );
    });
  });

  describe('persisted-query mistakes are client errors (finding 7)', () => {
    const query = '{ role(slug: "software-architect") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');

    it.each([
      [
        'a persistedQuery that is not an object',
        { query, extensions: { persistedQuery: 'x' } },
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ],
      [
        'version 2',
        { query, extensions: { persistedQuery: { version: 2, sha256Hash } } },
        'PERSISTED_QUERY_NOT_SUPPORTED',
      ],
      [
        'a hash that is not the query’s',
        { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hash.replace(/^./, '0') } } },
        'PERSISTED_QUERY_HASH_MISMATCH',
      ],
    ])(
      'answers %s with 400 and a code of its own, logged as an operation, not a failure',
      async (_name, body, code) => {
        const logBefore = server.output().length;
        const reply = await postJson(server.url, JSON.stringify(body));
        expectClientError(reply, 400);
        expect(codeOf(reply)).toBe(code);
        expect(firstError(reply.json).message).not.toMatch(/Internal server error/);
        // The log line travels through the server's stdout pipe, which can arrive after the HTTP answer.
        for (let waited = 0; waited < 2_000 && !server.output().slice(logBefore).includes(code); waited += 50)
          await new Promise((resolve) => setTimeout(resolve, 50));
        const lines = server.output().slice(logBefore);
        expect(lines).toContain(code);
        expect(lines).not.toContain('operation failed');
      },
    );
  });

  describe('what answers repeat back (findings 8 and 11)', () => {
    it.each([
      [
        'a variable’s misspelt input field',
        'query($f: RoleFilter) { roles(filter: $f) { totalCount } }',
        { f: { famly: 'BACKEND' } },
      ],
      [
        'a variable’s misspelt enum value',
        'query($f: RoleFilter) { roles(filter: $f) { totalCount } }',
        { f: { family: 'BACKEN' } },
      ],
      ['a misspelt enum literal', '{ roles(filter: { family: BACKEN }) { totalCount } }', {}],
      ['a misspelt argument', '{ roles(frist: 3) { totalCount } }', {}],
      ['a misspelt field', '{ role(slug: "sql") { nam } }', {}],
    ])('gives no "Did you mean" hint for %s', async (_name, query, variables) => {
      const reply = await postQuery(server.url, query, variables);
      expectClientError(reply, 400);
      expect(reply.text).not.toMatch(/Did you mean/);
    });

    it('names a 90 kB argument by its first characters, not whole', async () => {
      const slug = 'x'.repeat(90_000);
      const reply = await postQuery(
        server.url,
        'query($from: String!) { careerPaths(from: $from, to: "software-architect") { length } }',
        { from: slug },
      );
      expect(codeOf(reply)).toBe('BAD_USER_INPUT');
      expect(firstError(reply.json).message).toContain('xxxxxxxxxx…');
      expect(reply.text.length).toBeLessThan(2_000);
    });

    it('marks API answers nosniff and not for caches, refused or not', async () => {
      const answers = [
        await postQuery(server.url, '{ role(slug: "software-architect") { name } }'),
        await postQuery(server.url, '{ role(slug: ) }'),
        await postJson(server.url, '{"query": '),
        await send(`${base()}/healthz`),
        await send(`${base()}/readyz`),
      ];
      for (const reply of answers) {
        expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
        expect(reply.headers.get('cache-control')).toBe('no-store');
      }
    });

    it('answers a broken %-escape under /assets with 400 saying so, not a JSON body error', async () => {
      const reply = await send(`${base()}/assets/%E0%A4%A`);
      expect(reply.status).toBe(400);
      expect(reply.text).toMatch(/malformed %-escape/);
      expect(reply.text).not.toMatch(/JSON/);
      expect(leaks(reply.text)).toBeNull();
    });
  });

  describe('list prices (finding 10)', () => {
    it.each(['skills', 'technologies', 'nextRoles'])(
      'prices Role.%s at the longest such list in the graph',
      async (field) => {
        const all = await postQuery(
          server.url,
          `{ roles(first: 100) { nodes { ${field} { __typename } } } }`,
        );
        const longest = Math.max(
          ...dataOf<{ roles: { nodes: Record<string, unknown[]>[] } }>(all.json).roles.nodes.map(
            (role) => role[field]?.length ?? 0,
          ),
        );
        const one = await postQuery(
          server.url,
          `{ role(slug: "software-architect") { ${field} { __typename } } }`,
        );
        // role 1, the list field 1, then one point per item it may hold.
        expect(costOf(one.json) - 2).toBe(longest);
      },
    );
  });
});

describe('the operation deadline cuts long executions, in production mode (finding 5)', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      RATE_LIMIT_POINTS: '0',
      LOG_LEVEL: 'error',
      OPERATION_TIMEOUT_MS: '300',
      // Neo4j's connection and retry time must fit in the deadline (config.ts), though no Neo4j is used.
      NEO4J_CONNECTION_TIMEOUT_MS: '100',
      NEO4J_RETRY_TIME_MS: '0',
      // Lifted so that an operation long enough to pass the deadline is accepted at all: 150 walks of
      // the schema take about 0.6 s on the 2-core development machine, warm (30, the alias limit, now
      // take about 0.15 s).
      MAX_QUERY_COST: '100000000',
      MAX_ALIASES: '150',
      MAX_SELECTIONS: '10000',
    });
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop();
  });

  it('stops an introspection, which makes no store call, and says so once', async () => {
    const walks = Array.from({ length: 150 }, (_, index) => `w${index}: ${schemaWalk}`).join(' ');
    const reply = await postQuery(server.url, `{ __schema { ${walks} } }`);
    expect(codesOf(reply.json)).toEqual(['OPERATION_TIMEOUT']);
    expect(firstError(reply.json).extensions?.limitMs).toBe(300);
    expect(reply.json?.data).toBeNull();
    expect(leaks(reply.text)).toBeNull();
  });

  it('keeps serving afterwards', async () => {
    const reply = await postQuery(server.url, '{ role(slug: "software-architect") { name } }');
    expect(reply.json?.data).toEqual({ role: { name: 'Software Architect' } });
  });
});
