import net from 'node:net';
import { writeApiKeysFile } from '../support/api-keys-file';
import { codeOf, expectClientError, postJson, postQuery, send } from '../support/http-reply';
import { costOf } from '../support/json';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * Abuse resistance, round two (issue 11), over real HTTP in production mode: who a client is (issued API
 * keys, addresses behind proxies), what refusals cost them, what /metrics shows and to whom, and how long
 * a slow client may hold a socket.
 */

const points = 30_000;
const refusalPoints = 5_000;
/** 23,101 points: one fits a 30,000-point bucket, two do not. */
const heavy = '{ roles(first: 100) { nodes { relatedRoles(first: 50) { score role { slug name } } } } }';
const cheap = '{ role(slug: "software-architect") { name } }';
const issuedKey = 'cg_issued_3f9a2c';

/** Behind one trusted proxy (TRUST_PROXY=1), the client is the address that proxy appended last. */
const behindProxy = (address: string, claimed = '6.6.6.6') => ({
  'x-forwarded-for': `${claimed}, ${address}`,
});
const remaining = (reply: { headers: Headers }) => Number(reply.headers.get('x-ratelimit-remaining'));

describe('clients and buckets, in production mode (issue 11)', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      RATE_LIMIT_POINTS: String(points),
      RATE_LIMIT_REFUSAL_POINTS: String(refusalPoints),
      API_KEYS_FILE: writeApiKeysFile([{ name: 'issued-client', key: issuedKey, points: 2 * points }]),
      TRUST_PROXY: '1',
    });
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop();
  });

  describe('API keys are issued, not made up (finding 2)', () => {
    it('answers a key nobody issued with 401 UNAUTHENTICATED', async () => {
      const reply = await postQuery(
        server.url,
        cheap,
        {},
        { 'x-api-key': 'made-up-key', ...behindProxy('203.0.113.1') },
      );
      expectClientError(reply, 401);
      expect(codeOf(reply)).toBe('UNAUTHENTICATED');
      expect(reply.json?.data).toBeUndefined();
    });

    it('gives no fresh allowance to made-up keys once an address has spent its own', async () => {
      const address = behindProxy('203.0.113.2');
      expect((await postQuery(server.url, heavy, {}, address)).status).toBe(200);
      expect((await postQuery(server.url, heavy, {}, address)).status).toBe(429);
      const statuses = [];
      for (let i = 0; i < 20; i++)
        statuses.push(
          (await postQuery(server.url, heavy, {}, { ...address, 'x-api-key': `invented-${i}` })).status,
        );
      expect(new Set(statuses)).toEqual(new Set([401]));
    });

    it('gives an issued key a bucket of its own, with its own points', async () => {
      const reply = await postQuery(
        server.url,
        heavy,
        {},
        { 'x-api-key': issuedKey, ...behindProxy('203.0.113.2') },
      );
      expect(reply.status).toBe(200);
      expect(reply.headers.get('x-ratelimit-limit')).toBe(String(2 * points));
      expect(remaining(reply)).toBe(2 * points - costOf(reply.json));
    });
  });

  describe('the client address behind proxies (finding 3)', () => {
    it('is the address the trusted proxy saw, whatever the client wrote before it', async () => {
      const first = await postQuery(server.url, cheap, {}, behindProxy('203.0.113.3', '1.1.1.1'));
      const cost = first.json?.extensions?.cost?.requested as number;
      expect(remaining(first)).toBe(points - cost);
      // Another left-most address, the same hop: the same bucket.
      const spoofed = await postQuery(server.url, cheap, {}, behindProxy('203.0.113.3', '9.9.9.9'));
      expect(remaining(spoofed)).toBe(points - 2 * cost);
      // Another address at the trusted hop: another client.
      const other = await postQuery(server.url, cheap, {}, behindProxy('203.0.113.4', '1.1.1.1'));
      expect(remaining(other)).toBe(points - cost);
    });

    it('refuses TRUST_PROXY=true at start, which would believe any client-written address', async () => {
      await expect(startServerProcess({ NODE_ENV: 'production', TRUST_PROXY: 'true' })).rejects.toThrow(
        /TRUST_PROXY: must be false, a number of proxy hops/,
      );
    });
  });

  describe('refused requests cost points (finding 4)', () => {
    it('charges each refusal, so a stream of refusals ends in 429, even for a body it never reads', async () => {
      const address = behindProxy('203.0.113.5');
      const tooCostly = '{ roles(first: 100) { nodes { skills { skill { roles { name } } } } } }';
      const codes = [];
      for (let i = 0; i < points / refusalPoints + 1; i++)
        codes.push(codeOf(await postQuery(server.url, tooCostly, {}, address)));
      expect(codes).toEqual([
        ...Array<string>(points / refusalPoints).fill('QUERY_TOO_COSTLY'),
        'RATE_LIMITED',
      ]);
      const malformed = await postJson(server.url, '{"query": ', address);
      expectClientError(malformed, 429);
      expect(codeOf(malformed)).toBe('RATE_LIMITED');
      expect(Number(malformed.headers.get('retry-after'))).toBeGreaterThan(0);
    });

    it('charges a refusal its fixed points', async () => {
      const address = behindProxy('203.0.113.6');
      expectClientError(await postQuery(server.url, '{ role(slug: ) }', {}, address), 400);
      const after = await postQuery(server.url, cheap, {}, address);
      expect(remaining(after)).toBe(points - refusalPoints - costOf(after.json));
    });
  });

  describe('metrics (finding 6)', () => {
    it('are not served on the API port', async () => {
      const reply = await send(server.url.replace(/\/graphql$/, '/metrics'));
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain('careergraph_');
    });

    it('are served on a port of their own, on 127.0.0.1 by default', async () => {
      expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      const reply = await send(server.metricsUrl as string);
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('careergraph_graphql_operations_total');
    });

    it('label only the project’s own operation names; invented ones count as "other"', async () => {
      const address = behindProxy('203.0.113.7');
      for (let i = 0; i < 200; i++)
        await postQuery(server.url, `query Invented${i} { __typename }`, {}, address);
      await postQuery(server.url, 'query CareerPaths { __typename }', {}, address);
      const text = (await send(server.metricsUrl as string)).text;
      expect(text).not.toMatch(/operation="Invented/);
      expect(text).toMatch(/careergraph_graphql_operations_total\{operation="other",outcome="ok"\} (\d+)/);
      expect(Number(/operation="other",outcome="ok"\} (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(200);
      expect(text).toMatch(/careergraph_graphql_operations_total\{operation="CareerPaths",outcome="ok"\} 1/);
    });
  });
});

/** Opens a raw connection, runs `trickle` on it, and says when the server closed it (null: still open at `waitMs`). */
async function closedWithin(url: string, waitMs: number, trickle: (socket: net.Socket) => void) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('error', () => {});
  await new Promise((resolve) => socket.once('connect', resolve));
  const started = performance.now();
  trickle(socket);
  const closed = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  socket.destroy();
  return { closedAfterMs: closed ? performance.now() - started : null, received };
}

describe('slow clients, in production mode (finding 9)', () => {
  let server: ServerProcess;
  const timers: NodeJS.Timeout[] = [];
  /** Writes a piece every 300 ms, as a client trickling its request would. */
  const every300ms = (socket: net.Socket, piece: string) =>
    timers.push(setInterval(() => socket.writable && socket.write(piece), 300));

  beforeAll(async () => {
    server = await startServerProcess({
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
    });
  });
  afterEach(() => timers.splice(0).forEach(clearInterval));
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop();
  });

  it('closes a connection whose headers trickle in, past HTTP_HEADERS_TIMEOUT_MS', async () => {
    const { closedAfterMs, received } = await closedWithin(server.url, 6_000, (socket) => {
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\n');
      every300ms(socket, 'X-Slow: 1\r\n');
    });
    expect(closedAfterMs).not.toBeNull();
    expect(received).toMatch(/^HTTP\/1\.1 408|^$/);
  });

  it('closes a connection whose body trickles in, past HTTP_REQUEST_TIMEOUT_MS', async () => {
    const { closedAfterMs } = await closedWithin(server.url, 8_000, (socket) => {
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
      );
      every300ms(socket, ' ');
    });
    expect(closedAfterMs).not.toBeNull();
  });

  it('closes an idle keep-alive connection past HTTP_KEEP_ALIVE_TIMEOUT_MS', async () => {
    const body = JSON.stringify({ query: cheap });
    const { closedAfterMs, received } = await closedWithin(server.url, 4_000, (socket) => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
    });
    expect(received).toContain('Software Architect');
    expect(closedAfterMs).not.toBeNull();
  });
});
