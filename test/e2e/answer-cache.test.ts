import { createHash } from 'node:crypto';
import { loadSeed } from '../../src/seed/load-seed';
import { maxVariablesLength } from '../../src/server/answer-cache/answer-cache';
import { createServer, type CareerGraphServer } from '../../src/server/create-server';
import { defaultQueryLimits, defaultRateLimit } from '../../src/server/limits';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { countingStore } from '../support/counting-store';
import { codeOf, expectClientError, postJson, postQuery, send, type Reply } from '../support/http-reply';

const rolePage = `query RolePage($slug: String!) {
  role(slug: $slug) { name skills { importance skill { slug name } } nextRoles { to { slug } } }
}`;
const list = '{ roles(first: 100) { totalCount nodes { slug skills { skill { slug } } } } }';

interface Running {
  readonly server: CareerGraphServer;
  readonly url: string;
  readonly store: GraphStore & { calls: string[] };
  readonly metricsUrl: string;
}

const running: CareerGraphServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

async function start(
  options: { answerCacheBytes?: number; rateLimitPoints?: number; production?: boolean } = {},
): Promise<Running> {
  // A store per server: stop() closes it.
  const store = countingStore(new MemoryStore(await loadSeed()));
  const server = await createServer({
    store,
    production: options.production ?? true,
    introspection: true,
    limits: { ...defaultQueryLimits, maxCost: 100_000 },
    answerCacheBytes: options.answerCacheBytes ?? 8 * 1024 * 1024,
    rateLimit:
      options.rateLimitPoints === undefined
        ? undefined
        : { ...defaultRateLimit, points: options.rateLimitPoints, refusalPoints: 1 },
  });
  running.push(server);
  await server.listPricesMeasured();
  const url = await server.listen(0, '127.0.0.1');
  const metricsUrl = await server.listenForMetrics(0, '127.0.0.1');
  return { server, url, store, metricsUrl };
}

async function lookups(metricsUrl: string): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(metricsUrl)).text();
  const of = (result: string) =>
    Number(
      new RegExp(`careergraph_answer_cache_lookups_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1] ??
        0,
    );
  return { hit: of('hit'), miss: of('miss') };
}

async function heldBytes(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return Number(/^careergraph_answer_cache_bytes (\d+)$/m.exec(text)?.[1]);
}

/** Status, content type, ETag and body of an answer: what a client could tell apart. */
const seen = (reply: Reply) => ({
  status: reply.status,
  contentType: reply.contentType,
  etag: reply.headers.get('etag'),
  text: reply.text,
});

describe('the answer cache (embedded store)', () => {
  it('sends a repeated query the same bytes, headers and ETag, without reading the store again', async () => {
    const { url, store, metricsUrl } = await start();
    const first = await postQuery(url, rolePage, { slug: 'senior-backend-developer' });
    expect(first.status).toBe(200);
    expect(first.json?.errors).toBeUndefined();
    const callsAfterFirst = store.calls.length;
    expect(callsAfterFirst).toBeGreaterThan(0);

    const again = await postQuery(url, rolePage, { slug: 'senior-backend-developer' });
    expect(seen(again)).toEqual(seen(first));
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(store.calls.length).toBe(callsAfterFirst);
    expect(await lookups(metricsUrl)).toEqual({ hit: 1, miss: 1 });
  });

  it('gives each query its own answer, the same a server without the cache gives', async () => {
    const cached = await start();
    const plain = await start({ answerCacheBytes: 0 });
    const requests: [string, Record<string, unknown>][] = [
      [rolePage, { slug: 'senior-backend-developer' }],
      [rolePage, { slug: 'junior-backend-developer' }],
      [rolePage, { slug: 'devops-engineer' }],
      [list, {}],
      [
        'query Search($text: String!) { search(text: $text, first: 5) { score node { __typename } } }',
        { text: 'kubernetes' },
      ],
      [
        'query Search($text: String!) { search(text: $text, first: 5) { score node { __typename } } }',
        { text: 'python' },
      ],
    ];
    const accepts: Record<string, string>[] = [{}, { accept: 'application/graphql-response+json' }];
    // Twice over: the second pass is answered from the cache, and must still match the plain server.
    for (let pass = 0; pass < 2; pass++) {
      for (const [query, variables] of requests) {
        for (const headers of accepts) {
          const [fromCache, fromPlain] = await Promise.all([
            postQuery(cached.url, query, variables, headers),
            postQuery(plain.url, query, variables, headers),
          ]);
          expect(fromCache.json?.errors).toBeUndefined();
          expect(seen(fromCache)).toEqual(seen(fromPlain));
        }
      }
    }
    const asked = requests.length * accepts.length;
    expect(await lookups(cached.metricsUrl)).toEqual({ hit: asked, miss: asked });
    // Three role pages, three different roles.
    const names = await Promise.all(
      ['senior-backend-developer', 'junior-backend-developer', 'devops-engineer'].map(async (slug) => {
        const reply = await postQuery(cached.url, rolePage, { slug });
        return (reply.json?.data as { role: { name: string } }).role.name;
      }),
    );
    expect(new Set(names).size).toBe(3);
  });

  it('keeps operation name, variables and the Accept header apart', async () => {
    const { url, metricsUrl } = await start();
    const twoOperations = `query A { roles(first: 1) { nodes { slug } } } query B { skills(first: 1) { nodes { slug } } }`;
    const a = await postJson(url, JSON.stringify({ query: twoOperations, operationName: 'A' }));
    const b = await postJson(url, JSON.stringify({ query: twoOperations, operationName: 'B' }));
    expect(Object.keys(a.json?.data ?? {})).toEqual(['roles']);
    expect(Object.keys(b.json?.data ?? {})).toEqual(['skills']);

    const graphqlResponse = { accept: 'application/graphql-response+json' };
    const plainJson = await postQuery(url, rolePage, { slug: 'devops-engineer' });
    const asked = await postQuery(url, rolePage, { slug: 'devops-engineer' }, graphqlResponse);
    expect(plainJson.contentType).toMatch(/^application\/json/);
    expect(asked.contentType).toMatch(/^application\/graphql-response\+json/);
    const askedAgain = await postQuery(url, rolePage, { slug: 'devops-engineer' }, graphqlResponse);
    expect(askedAgain.contentType).toBe(asked.contentType);
    expect(await lookups(metricsUrl)).toEqual({ hit: 1, miss: 4 });
  });

  it('never keeps an answer with errors, or a refusal: each is answered anew', async () => {
    const { url, metricsUrl } = await start();
    // A field error (200, data null) and a validation refusal (400).
    for (const query of ['{ roles(first: -1) { nodes { slug } } }', '{ roles { nope } }']) {
      const first = await postQuery(url, query);
      const second = await postQuery(url, query);
      expect(first.json?.errors?.length).toBeGreaterThan(0);
      expect(seen(second)).toEqual(seen(first));
      expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    }
    expect(await lookups(metricsUrl)).toEqual({ hit: 0, miss: 4 });
    // An answer without errors that finds nothing is an answer like any other.
    for (let request = 0; request < 2; request++)
      expect((await postQuery(url, rolePage, { slug: 'no-such-role' })).json?.data).toEqual({ role: null });
    expect(await lookups(metricsUrl)).toEqual({ hit: 1, miss: 5 });
  });

  it('names its own request in an internal error it masks, however often it is asked', async () => {
    const { url, store } = await start();
    // The store failing underneath: an unexpected error, masked in production as INTERNAL_SERVER_ERROR.
    const paths =
      'query Paths($from: String!, $to: String!) { careerPaths(from: $from, to: $to, first: 1) { length } }';
    const variables = { from: 'junior-backend-developer', to: 'software-architect' };
    const failing = store as unknown as { careerPaths: unknown };
    const real = failing.careerPaths;
    failing.careerPaths = () => Promise.reject(new Error('disk on fire'));
    try {
      const replies = [await postQuery(url, paths, variables), await postQuery(url, paths, variables)];
      for (const reply of replies) {
        expect(codeOf(reply)).toBe('INTERNAL_SERVER_ERROR');
        expect(reply.text).toContain(reply.headers.get('x-request-id'));
        expect(reply.text).not.toContain('disk on fire');
      }
    } finally {
      failing.careerPaths = real;
    }
    const healthy = await postQuery(url, paths, variables);
    expect(healthy.json?.errors).toBeUndefined();
    expect((healthy.json?.data as { careerPaths: unknown[] }).careerPaths.length).toBe(1);
  });

  it('charges every answer from the cache its cost, and refuses it with 429 once the bucket is spent', async () => {
    const { url, metricsUrl } = await start({ rateLimitPoints: 100_000 });
    const first = await postQuery(url, list);
    expect(first.status).toBe(200);
    const cost = (first.json?.extensions as { cost: { requested: number } }).cost.requested;
    expect(cost).toBeGreaterThan(1_000);
    let remaining = Number(first.headers.get('x-ratelimit-remaining'));
    let refused: Reply | null = null;
    for (let request = 0; request < Math.ceil(100_000 / cost) + 1 && !refused; request++) {
      const reply = await postQuery(url, list);
      if (reply.status === 429) {
        refused = reply;
        break;
      }
      expect(reply.text).toBe(first.text);
      const now = Number(reply.headers.get('x-ratelimit-remaining'));
      expect(now).toBe(remaining - cost);
      remaining = now;
    }
    expect(refused).not.toBeNull();
    expectClientError(refused as Reply, 429);
    expect(codeOf(refused as Reply)).toBe('RATE_LIMITED');
    expect(Number((refused as Reply).headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await lookups(metricsUrl)).hit).toBeGreaterThan(0);
  });

  it('refuses a stored answer the bucket cannot pay for as a server without the cache refuses it', async () => {
    const refusalOf = async (answerCacheBytes: number) => {
      const { url } = await start({ answerCacheBytes, rateLimitPoints: 100_000 });
      const headers = { accept: 'application/graphql-response+json' };
      for (;;) {
        const reply = await postQuery(url, list, {}, headers);
        if (reply.status !== 200) return reply;
      }
    };
    const [cached, plain] = await Promise.all([refusalOf(8 * 1024 * 1024), refusalOf(0)]);
    const shape = (reply: Reply) => ({
      status: reply.status,
      contentType: reply.contentType,
      remaining: reply.headers.get('x-ratelimit-remaining'),
      codes: reply.json?.errors?.map((error) => error.extensions?.code),
      message: reply.json?.errors?.[0]?.message.replace(/Try again in \d+ s/, 'Try again in N s'),
      extensions: Object.keys(reply.json?.extensions ?? {}),
    });
    expect(shape(cached)).toEqual(shape(plain));
    expect(shape(cached).extensions).toEqual(['cost', 'dataset']);
    expect(shape(cached).contentType).toMatch(/^application\/graphql-response\+json/);
  });

  it('leaves automatic persisted queries to Apollo, which registers them', async () => {
    const { url, metricsUrl } = await start();
    const query = '{ roles(first: 3) { nodes { slug } } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const byHash = () => postJson(url, JSON.stringify({ extensions }));
    expect(codeOf(await byHash())).toBe('PERSISTED_QUERY_NOT_FOUND');
    for (let request = 0; request < 2; request++) {
      const registered = await postJson(url, JSON.stringify({ query, extensions }));
      expect(registered.json?.errors).toBeUndefined();
    }
    const answered = await byHash();
    expect(answered.json?.errors).toBeUndefined();
    expect((answered.json?.data as { roles: { nodes: unknown[] } }).roles.nodes).toHaveLength(3);
    expect(await lookups(metricsUrl)).toEqual({ hit: 0, miss: 0 });
  });

  it('answers texts that UTF-8 cannot tell apart as a server without the cache does', async () => {
    // U+FFFD in a comment is valid; a lone surrogate there is a syntax error for graphql-js. Apollo's
    // own parsed-document cache is keyed by the text's UTF-8 hash, which cannot tell the two apart; the
    // answer cache keys the text as UTF-16, and adds nothing of its own.
    const valid = '{"query": "{ roles(first: 1) { totalCount } } # \\ufffd"}';
    const loneSurrogate = '{"query": "{ roles(first: 1) { totalCount } } # \\ud800"}';
    const cached = await start();
    const plain = await start({ answerCacheBytes: 0 });
    for (const server of [cached, plain]) {
      const refused = await postJson(server.url, loneSurrogate);
      expectClientError(refused, 400);
      expect(codeOf(refused)).toBe('GRAPHQL_PARSE_FAILED');
    }
    for (const body of [valid, valid, loneSurrogate, loneSurrogate]) {
      const [fromCache, fromPlain] = await Promise.all([
        postJson(cached.url, body),
        postJson(plain.url, body),
      ]);
      expect(seen(fromCache)).toEqual(seen(fromPlain));
    }
    // Refused, then the valid text run and repeated, then the other text run (as Apollo answers it) and
    // repeated under its own key.
    expect(await lookups(cached.metricsUrl)).toEqual({ hit: 2, miss: 3 });
  });

  it('answers GET queries and long variables through Apollo every time', async () => {
    const { url, metricsUrl } = await start();
    const get = `${url}?query=${encodeURIComponent('{ roles(first: 2) { nodes { slug } } }')}`;
    for (let request = 0; request < 2; request++) {
      const reply = await send(get, { headers: { 'apollo-require-preflight': 'true' } });
      expect(reply.status).toBe(200);
      expect(reply.json?.errors).toBeUndefined();
    }
    const text = 'backend '.repeat(Math.ceil(maxVariablesLength / 8) + 1);
    const query = 'query Search($text: String!) { search(text: $text, first: 3) { score } }';
    for (let request = 0; request < 2; request++)
      expect((await postQuery(url, query, { text })).status).toBe(200);
    expect(await lookups(metricsUrl)).toEqual({ hit: 0, miss: 0 });
  });

  it('holds no more than its size, and no answer over an eighth of it', async () => {
    const size = 128 * 1024;
    const { url, metricsUrl, store } = await start({ answerCacheBytes: size });
    // The 100-role list is over 16 KB: it is run every time.
    await postQuery(url, list);
    const calls = store.calls.length;
    await postQuery(url, list);
    expect(store.calls.length).toBeGreaterThan(calls);
    expect(await heldBytes(metricsUrl)).toBe(0);
    // Many small answers: the least recently used go, the total stays within the size.
    const roles = await postQuery(url, '{ roles(first: 100) { nodes { slug } } }');
    const slugs = (roles.json?.data as { roles: { nodes: { slug: string }[] } }).roles.nodes.map(
      (role) => role.slug,
    );
    expect(slugs.length).toBeGreaterThan(50);
    for (const slug of slugs) await postQuery(url, rolePage, { slug });
    const held = await heldBytes(metricsUrl);
    expect(held).toBeGreaterThan(size / 2);
    expect(held).toBeLessThanOrEqual(size);
  });
});
