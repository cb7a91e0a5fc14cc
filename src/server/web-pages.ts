import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import { projectRoot } from '../project-root';

export interface WebPagesOptions {
  /** Serve the GraphiQL playground: GET /graphql for browsers, and /playground. */
  readonly playground: boolean;
  /** What `npm run build` wrote (scripts/build-web.ts). Default: dist/web of the project. */
  readonly directory?: string;
}

/** URL path of the bundles; scripts/build-web.ts writes pages that name them under it. */
const assetsPath = '/assets';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * The pages load only what this server sends: scripts, styles, workers and GraphQL requests all stay on
 * this origin. Styles may be inline (React and Monaco set them); fonts and icons may be data: URLs
 * (GraphiQL's stylesheet embeds its fonts).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

type Encoding = 'br' | 'gzip';

interface StaticFile {
  readonly path: string;
  readonly contentType: string;
  /** Precompressed copies beside the file (<file>.br, <file>.gz). */
  readonly encodings: ReadonlySet<Encoding>;
}

/** The built files, by name: the pages (playground.html, explore.html) and the assets. */
interface Catalog {
  readonly pages: ReadonlyMap<string, StaticFile>;
  readonly assets: ReadonlyMap<string, StaticFile>;
}

function listFiles(folder: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(folder)) return files;
  const names = new Set(readdirSync(folder));
  for (const name of names) {
    const contentType = contentTypes[path.extname(name)];
    if (!contentType) continue; // .br / .gz copies, metafile.json, .inputs
    const encodings = new Set<Encoding>();
    if (names.has(`${name}.br`)) encodings.add('br');
    if (names.has(`${name}.gz`)) encodings.add('gzip');
    files.set(name, { path: path.join(folder, name), contentType, encodings });
  }
  return files;
}

/** Encodings the client accepts (Accept-Encoding), with q > 0. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name);
  }
  return accepted;
}

/** Brotli when the client takes it and a copy exists, else gzip, else the file itself. */
function chooseEncoding(request: express.Request, file: StaticFile): Encoding | undefined {
  const accepted = acceptedEncodings(request.get('accept-encoding'));
  const takes = (encoding: Encoding) => accepted.has(encoding) || accepted.has('*');
  if (file.encodings.has('br') && takes('br')) return 'br';
  if (file.encodings.has('gzip') && takes('gzip')) return 'gzip';
  return undefined;
}

function sendStatic(
  request: express.Request,
  response: express.Response,
  next: express.NextFunction,
  file: StaticFile,
  headers: Record<string, string>,
): void {
  const encoding = chooseEncoding(request, file);
  response.sendFile(
    encoding === 'br' ? `${file.path}.br` : encoding === 'gzip' ? `${file.path}.gz` : file.path,
    {
      cacheControl: false,
      acceptRanges: false,
      headers: {
        Vary: 'Accept-Encoding',
        ...headers,
        'Content-Type': file.contentType,
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        'X-Content-Type-Options': 'nosniff',
      },
    },
    (error?: Error) => {
      if (error && !response.headersSent) next(error);
    },
  );
}

/**
 * Whether a GET of /graphql comes from a browser that wants a page: it ranks text/html above JSON
 * (browsers send `text/html,...,*\/*;q=0.8`) and carries no `query` (GET queries go to the API).
 */
function wantsPage(request: express.Request): boolean {
  if (request.query.query !== undefined) return false;
  return (
    request.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html'
  );
}

/**
 * The browser pages built by `npm run build` (web/ -> dist/web/):
 *
 * - GET /graphql from a browser (HTML preferred, no `query` parameter), and GET /playground: GraphiQL with
 *   the example operations. Other requests to /graphql go on to the API (`next()`). When `playground` is
 *   false, these two answer 404.
 * - GET /explore: the path picture (two roles, the career paths between them drawn, the skill gap).
 * - GET /assets/<name>-<hash>.<ext>: the bundles, precompressed (brotli or gzip, by Accept-Encoding) and
 *   cached for a year: a changed file gets a new name.
 *
 * Mount it before the GraphQL middleware, so browsers get the page at /graphql.
 */
export function mountWebPages(app: express.Express, options: WebPagesOptions): void {
  const directory = options.directory ?? path.join(projectRoot, 'dist', 'web');
  let catalog: Catalog | undefined;
  /** Read once the build is there (a server started before `npm run build` picks it up later). */
  const current = (): Catalog => {
    if (catalog) return catalog;
    const pages = listFiles(directory);
    const found = { pages, assets: listFiles(path.join(directory, 'assets')) };
    if (pages.size > 0) catalog = found;
    return found;
  };

  const servePage =
    (name: 'playground' | 'explore') =>
    (request: express.Request, response: express.Response, next: express.NextFunction): void => {
      const file = current().pages.get(`${name}.html`);
      if (!file) {
        response
          .status(503)
          .type('text/plain')
          .send(`The ${name} page is not built: run \`npm run build\` (npm start does).\n`);
        return;
      }
      sendStatic(request, response, next, file, {
        // Revalidated on every visit (ETag), so a new build shows at once.
        'Cache-Control': 'no-cache',
        'Content-Security-Policy': contentSecurityPolicy,
        'Referrer-Policy': 'no-referrer',
        // /graphql answers JSON or this page depending on Accept.
        ...(name === 'playground' ? { Vary: 'Accept, Accept-Encoding' } : {}),
      });
    };

  const playgroundOff = (_request: express.Request, response: express.Response): void => {
    response
      .status(404)
      .type('text/plain')
      .send(
        'The GraphQL playground is off on this server (PLAYGROUND=true turns it on). ' +
          'Send GraphQL requests to POST /graphql.\n',
      );
  };

  const playground = options.playground ? servePage('playground') : playgroundOff;
  app.get('/graphql', (request, response, next) => {
    if (!wantsPage(request)) return next();
    playground(request, response, next);
  });
  app.get('/playground', playground);
  app.get('/explore', servePage('explore'));
  app.get(`${assetsPath}/:name`, (request, response, next) => {
    const file = current().assets.get(request.params.name ?? '');
    if (!file) {
      response.status(404).type('text/plain').send('Not found.\n');
      return;
    }
    sendStatic(request, response, next, file, { 'Cache-Control': 'public, max-age=31536000, immutable' });
  });
}
