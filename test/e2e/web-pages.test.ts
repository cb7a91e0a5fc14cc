/*
 * src/server/web-pages.ts over real HTTP, without a browser: which requests get a page and which go on to
 * the API, the playground switch, compression, caching and the security headers. The pages are the ones
 * `npm run build` wrote to dist/web/ (npm test builds before jest).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { projectRoot } from '../../src/project-root';
import { mountWebPages, type WebPagesOptions } from '../../src/server/web-pages';
import { startPagesServer } from '../support/web-server';

const built = path.join(projectRoot, 'dist', 'web');
const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface Site {
  readonly origin: string;
  close(): Promise<void>;
}

/** The pages in front of a stand-in API that answers `{"api":true}` for whatever reaches /graphql. */
async function startSite(options: WebPagesOptions): Promise<Site> {
  const app = express();
  mountWebPages(app, options);
  app.use('/graphql', (_request, response) => {
    response.json({ api: true });
  });
  const server: http.Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** GET with the body exactly as sent (fetch would decompress it). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

/** Script and stylesheet URLs a built page names. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] as string);
}

beforeAll(() => {
  if (!existsSync(path.join(built, 'playground.html'))) {
    throw new Error(`${built} is not built: run \`npm run build\` first (npm test does).`);
  }
});

describe('web pages, playground on', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ playground: true });
  });
  afterAll(() => site.close());

  it('serves GraphiQL at /graphql to browsers, with a policy that keeps every request on this origin', async () => {
    const response = await fetch(`${site.origin}/graphql`, { headers: { accept: browserAccept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept, Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('<div id="playground">');
    expect(html).not.toMatch(/https?:\/\//); // no CDN
    expect(assetsOf(html).length).toBeGreaterThan(0);
  });

  it('passes every other /graphql request on to the API', async () => {
    const requests: [string, RequestInit][] = [
      ['/graphql', { headers: { accept: 'application/json' } }],
      ['/graphql', { headers: { accept: '*/*' } }],
      ['/graphql', {}],
      ['/graphql?query=%7B__typename%7D', { headers: { accept: browserAccept } }],
      [
        '/graphql',
        {
          method: 'POST',
          headers: { accept: browserAccept, 'content-type': 'application/json' },
          body: '{"query":"{__typename}"}',
        },
      ],
    ];
    for (const [url, init] of requests) {
      const response = await fetch(`${site.origin}${url}`, init);
      expect([url, init.method ?? 'GET', await response.json()]).toEqual([
        url,
        init.method ?? 'GET',
        { api: true },
      ]);
    }
  });

  it('serves the playground at /playground and the path picture at /explore', async () => {
    const playground = await fetch(`${site.origin}/playground`);
    expect(playground.status).toBe(200);
    expect(await playground.text()).toContain('<div id="playground">');
    const explore = await fetch(`${site.origin}/explore`);
    expect(explore.status).toBe(200);
    expect(explore.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await explore.text();
    expect(html).toContain('id="graph"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves each bundle precompressed (brotli, else gzip, else plain), cached for a year', async () => {
    const html = await (await fetch(`${site.origin}/explore`)).text();
    for (const asset of assetsOf(html)) {
      const original = readFileSync(path.join(built, asset));
      const brotli = await rawGet(`${site.origin}${asset}`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(brotli.status).toBe(200);
      expect(brotli.headers['content-encoding']).toBe('br');
      expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotli.headers.vary).toBe('Accept-Encoding');
      expect(brotli.headers['content-type']).toMatch(/^text\/(javascript|css); charset=utf-8$/);
      expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);

      const gzip = await rawGet(`${site.origin}${asset}`, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzip.body).equals(original)).toBe(true);

      const plain = await rawGet(`${site.origin}${asset}`, { 'accept-encoding': 'identity' });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(original)).toBe(true);
    }
  });

  it('answers a revalidation with 304, and unknown or outside files with 404', async () => {
    // With node's http: fetch adds `cache-control: no-cache` to a conditional request, as the Fetch standard says.
    const first = await rawGet(`${site.origin}/explore`, { 'accept-encoding': 'br' });
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await rawGet(`${site.origin}/explore`, {
      'accept-encoding': 'br',
      'if-none-match': etag ?? '',
    });
    expect(again.status).toBe(304);

    for (const url of [
      '/assets/nothing-here.js',
      '/assets/..%2Fplayground.html',
      '/assets/%2E%2E%2F%2E%2E%2Fpackage.json',
      '/assets/metafile.json',
    ]) {
      expect([url, (await fetch(`${site.origin}${url}`)).status]).toEqual([url, 404]);
    }
  });
});

describe('web pages, playground off (NODE_ENV=production without PLAYGROUND=true)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite({ playground: false });
  });
  afterAll(() => site.close());

  it('answers 404 for the playground, keeps /explore and the API', async () => {
    const page = await fetch(`${site.origin}/graphql`, { headers: { accept: browserAccept } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('PLAYGROUND=true');
    expect((await fetch(`${site.origin}/playground`)).status).toBe(404);
    expect((await fetch(`${site.origin}/explore`)).status).toBe(200);
    const api = await fetch(`${site.origin}/graphql`, { headers: { accept: 'application/json' } });
    expect(await api.json()).toEqual({ api: true });
  });
});

describe('web pages, not built', () => {
  let site: Site;
  let empty: string;
  beforeAll(async () => {
    empty = mkdtempSync(path.join(os.tmpdir(), 'careergraph-web-'));
    site = await startSite({ playground: true, directory: empty });
  });
  afterAll(async () => {
    await site.close();
    rmSync(empty, { recursive: true, force: true });
  });

  it('says to build them (503), and the API still answers', async () => {
    const page = await fetch(`${site.origin}/explore`);
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build');
    const api = await fetch(`${site.origin}/graphql`, { headers: { accept: 'application/json' } });
    expect(await api.json()).toEqual({ api: true });
  });
});

describe('the built server (npm start)', () => {
  const cases: [string, Record<string, string | undefined>, number][] = [
    ['development: playground on', { NODE_ENV: undefined, PLAYGROUND: undefined }, 200],
    ['production: playground off', { NODE_ENV: 'production', PLAYGROUND: undefined }, 404],
    ['production with PLAYGROUND=true: on', { NODE_ENV: 'production', PLAYGROUND: 'true' }, 200],
    ['PLAYGROUND=false: off', { NODE_ENV: undefined, PLAYGROUND: 'false' }, 404],
  ];

  it.each(cases)('%s', async (_name, env, playgroundStatus) => {
    const server = await startPagesServer(env);
    try {
      const page = await fetch(`${server.origin}/graphql`, { headers: { accept: browserAccept } });
      expect(page.status).toBe(playgroundStatus);
      expect((await fetch(`${server.origin}/playground`)).status).toBe(playgroundStatus);
      expect((await fetch(`${server.origin}/explore`)).status).toBe(200);
      // The API answers at the same URL, GET and POST.
      // (Apollo's CSRF prevention wants a preflight header on GET queries.)
      const get = await fetch(`${server.origin}/graphql?query=%7B__typename%7D`, {
        headers: { accept: browserAccept, 'apollo-require-preflight': 'true' },
      });
      expect(await get.json()).toMatchObject({ data: { __typename: 'Query' } });
      const post = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: browserAccept },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await post.json()).toMatchObject({ data: { __typename: 'Query' } });
    } finally {
      await server.stop();
    }
  });
});
