import { setImmediate as nextTurn } from 'node:timers/promises';
import express from 'express';
import { GraphQLError } from 'graphql';
import {
  exportFormats,
  exportLayout,
  isExportFormat,
  type ExportFile,
  type ExportFormat,
} from '../../dataset/export/export-formats';
import { SnapshotCache } from '../../dataset/snapshot-cache';
import type { DatasetMarker } from '../../store/dataset-marker';
import type { GraphStore } from '../../store/graph-store';
import { refusal } from '../errors/error-table';
import { rateLimited, rateLimitHeadersOf } from '../rate-limit/buckets';
import type { RequestRecord } from '../request-record';
import { clientGate, type ClientGateOptions } from './client-gate';
import { recordOf, refuse } from './refuse';

export interface ExportRouteOptions extends ClientGateOptions {
  readonly store: GraphStore;
  /** Points one download takes from the client's bucket (RATE_LIMIT_EXPORT_POINTS). */
  readonly exportPoints: number;
}

/**
 * What a revalidation (If-None-Match answered 304) or a HEAD takes: it reads the dataset marker only,
 * about what the cheapest query costs, so a client that checks for a new release often pays little.
 */
export const revalidationPoints = 10;

/** How long the route works before it lets other requests in (a chunk is produced synchronously). */
const sliceMs = 10;

/** What each format is sent as: a CSV export is a zip of its files. */
const downloads: Record<ExportFormat, { readonly type: string; readonly file: (version: string) => string }> =
  {
    csv: { type: 'application/zip', file: (version) => `careergraph-${version}-csv.zip` },
    graphml: {
      type: 'application/graphml+xml; charset=utf-8',
      file: (version) => `careergraph-${version}.graphml`,
    },
    jsonld: {
      type: 'application/ld+json; charset=utf-8',
      file: (version) => `careergraph-${version}.jsonld`,
    },
    jsonl: { type: 'application/jsonl; charset=utf-8', file: (version) => `careergraph-${version}.jsonl` },
  };

/** The ETag of an export: the dataset's content hash, the format, and the layout of the files. */
export const etagOf = (hash: string, format: ExportFormat): string => `"${hash}-${format}-${exportLayout}"`;

/**
 * The export writers and the zip writer, loaded at the first download: with their CSV and zip libraries
 * they took a share of every start-up, and most instances never serve an export. require, not import():
 * the tests run this CommonJS under ts-jest, which has no dynamic import().
 */
function writers(): typeof import('../../dataset/export/export-dataset') &
  typeof import('../../dataset/export/zip-chunks') {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require('../../dataset/export/export-dataset') as typeof import('../../dataset/export/export-dataset')),
    ...(require('../../dataset/export/zip-chunks') as typeof import('../../dataset/export/zip-chunks')),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 asks for If-None-Match), or is `*`. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The body's pieces: the zip of a CSV export's files, else the one file's text. */
function bodyOf(
  format: ExportFormat,
  files: readonly ExportFile[],
  released: string,
): Iterable<string | Uint8Array> {
  if (format === 'csv') return writers().zipChunks(files, new Date(`${released}T00:00:00Z`));
  return (files[0] as ExportFile).chunks();
}

/**
 * Writes the pieces as they are produced, waiting whenever the client reads slower than they come, and
 * letting other requests in every few milliseconds of work. Stops when the client goes away.
 */
async function send(response: express.Response, pieces: Iterable<string | Uint8Array>): Promise<void> {
  let sliceStart = performance.now();
  for (const piece of pieces) {
    if (response.destroyed) return;
    if (!response.write(piece))
      await new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done).off('close', done);
          resolve();
        };
        response.on('drain', done).on('close', done);
      });
    if (performance.now() - sliceStart > sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  response.end();
}

const unavailable = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'SERVICE_UNAVAILABLE' } });

/**
 * GET /export/<format>: the whole dataset as one download (csv as a zip of its files, graphml, jsonld,
 * jsonl), streamed as it is written. The ETag is the dataset's content hash (with the format and the
 * file layout): If-None-Match with it answers 304 at once. Charged like any request, through the same
 * client gate as /graphql: a download takes `exportPoints` from the client's bucket, a revalidation or a
 * HEAD `revalidationPoints`; a client without them gets 429 RATE_LIMITED.
 */
export function exportRoute(options: ExportRouteOptions): express.Router {
  const snapshots = new SnapshotCache(options.store);
  const router = express.Router();
  router.use('/export', clientGate(options));
  router.get('/export', (_request, response) => notFound(response, null, options.production));
  router.get('/export/:format', async (request, response) => {
    const format = request.params.format;
    if (!isExportFormat(format)) return notFound(response, format, options.production);
    const marker = await markerOrRefuse(response, options);
    if (marker === null) return;
    const revalidation =
      request.method === 'HEAD' || matches(request.get('if-none-match'), etagOf(marker.hash, format));
    const [points, what] = revalidation
      ? [revalidationPoints, 'this revalidation']
      : [options.exportPoints, 'this download'];
    if (!(await charge(response, options, points, what))) return;
    response.set({
      // Kept by the client, and asked for again with If-None-Match: a new release changes the ETag.
      'cache-control': 'no-cache',
      'x-dataset-version': marker.version,
      'x-dataset-hash': marker.hash,
    });
    if (revalidation && request.method !== 'HEAD') {
      response.status(304).set('etag', etagOf(marker.hash, format)).end();
      return;
    }
    await download(request, response, format, marker, snapshots, options.production);
  });
  return router;
}

function notFound(response: express.Response, asked: string | null, production: boolean): void {
  refuse(
    response,
    [
      refusal(
        'NOT_FOUND',
        `${asked === null ? 'Name an export format' : `There is no export format "${asked.slice(0, 40)}"`}: GET /export/<format> serves ${exportFormats.join(', ')}.`,
        { formats: [...exportFormats] },
      ),
    ],
    production,
  );
}

/** The store's dataset marker; null once the client has been answered 503 (unreadable, or not seeded). */
async function markerOrRefuse(
  response: express.Response,
  { store, production }: ExportRouteOptions,
): Promise<DatasetMarker | null> {
  let marker: DatasetMarker | null;
  try {
    marker = await store.datasetMarker();
  } catch (error) {
    (recordOf(response) as RequestRecord).failures.push(error as Error);
    refuse(response, [unavailable('The store cannot be read now; try again shortly.')], production, {
      status: 503,
    });
    return null;
  }
  if (marker === null)
    refuse(
      response,
      [unavailable('The store holds no dataset yet; try again once it is seeded.')],
      production,
      {
        status: 503,
      },
    );
  return marker;
}

/** Takes the points; answers 429 and returns false when the client's bucket holds too few. */
async function charge(
  response: express.Response,
  { buckets, production }: ExportRouteOptions,
  points: number,
  what: string,
): Promise<boolean> {
  const record = recordOf(response) as RequestRecord;
  if (!buckets) return true;
  const taken = await buckets.take(record.client, points);
  record.charged = true;
  record.cost = points;
  const headers = rateLimitHeadersOf(taken.state);
  if (taken.ok) {
    response.set(headers);
    return true;
  }
  refuse(
    response,
    [rateLimited(record.client, buckets.settings.windowSeconds, taken.state, points, what)],
    production,
    { headers: { ...headers, 'retry-after': String(taken.state.resetSeconds) } },
  );
  return false;
}

/** The export itself (headers only for HEAD), streamed; a failure before the first byte answers 503. */
async function download(
  request: express.Request,
  response: express.Response,
  format: ExportFormat,
  marker: DatasetMarker,
  snapshots: SnapshotCache,
  production: boolean,
): Promise<void> {
  try {
    const graph = await snapshots.of(marker.hash);
    const prepared = writers().prepareExport(format, graph);
    // The hash of the facts read is what the body holds (the marker's, unless a reseed came between).
    response.status(200).set({
      etag: etagOf(prepared.hash, format),
      'content-type': downloads[format].type,
      'content-disposition': `attachment; filename="${downloads[format].file(graph.release.version)}"`,
    });
    if (request.method === 'HEAD') return void response.end();
    await send(response, bodyOf(format, prepared.files, graph.release.released));
  } catch (error) {
    (recordOf(response) as RequestRecord).failures.push(error as Error);
    if (response.headersSent) return void response.destroy(error as Error);
    refuse(
      response,
      [unavailable('The export could not be read from the store; try again shortly.')],
      production,
      { status: 503 },
    );
  }
}
