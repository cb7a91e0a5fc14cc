import express from 'express';
import { refusal } from '../errors/error-table';
import { rateLimited, type Buckets } from '../rate-limit/buckets';
import { addressClient, clientOf, requestIdOf } from '../rate-limit/clients';
import type { ApiKeys } from '../rate-limit/api-keys';
import { newRecord, type RequestRecord } from '../request-record';
import { recordOf, refuse } from './refuse';

/** How long a request from a client whose bucket is empty waits for its 429. */
const spentPauseMs = 1_000;

export interface ClientGateOptions {
  readonly apiKeys: ApiKeys | null;
  /** Null when rate limiting is off. */
  readonly buckets: Buckets | null;
  /** Points of a client without an API key (and of keys that name none). */
  readonly defaultPoints: number;
  readonly production: boolean;
  /** Told about every answered request, once its response is sent. */
  readonly onAnswered: (record: RequestRecord, status: number) => void;
}

/**
 * The checks every charged route (/graphql, /export) makes first, cheapest first: who is asking (an API
 * key nobody issued: 401), and whether their bucket is already empty (429 after a one-second pause,
 * before the body is even read). Each request gets its record (response.locals.record); one refused on
 * the way, here or later, is charged a refusal's points once answered, unless its points were taken.
 */
export function clientGate(options: ClientGateOptions): express.Router {
  const { buckets, production } = options;
  const router = express.Router();

  router.use((request, response, next) => {
    const requestId = requestIdOf(request);
    const client = clientOf(request, options.apiKeys, options.defaultPoints);
    const record = newRecord(requestId, client ?? addressClient(request, options.defaultPoints));
    response.locals.record = record;
    response.set({ 'x-request-id': requestId, 'cache-control': 'no-store' });
    response.on('finish', () => {
      const refused = response.statusCode >= 400 && response.statusCode < 500;
      if (buckets && refused && !record.charged) buckets.chargeRefusal(record.client);
      options.onAnswered(record, response.statusCode);
    });
    if (client) return next();
    refuse(
      response,
      [
        refusal(
          'UNAUTHENTICATED',
          'This x-api-key was not issued by this server. Send a key you were given, or no key (requests without one share their address’s allowance).',
        ),
      ],
      production,
    );
  });

  if (buckets) {
    router.use(async (_request, response, next) => {
      const record = recordOf(response) as RequestRecord;
      const state = await buckets.spent(record.client);
      if (!state) return next();
      record.charged = true;
      // A client still sending once its bucket is empty is not honouring Retry-After; answering it at
      // once would let it spend the server's time on refusals. It waits first, which costs a timer.
      setTimeout(
        () => {
          refuse(response, [rateLimited(record.client, buckets.settings.windowSeconds, state)], production, {
            headers: {
              'retry-after': String(state.resetSeconds),
              'x-ratelimit-limit': String(state.limit),
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(state.resetSeconds),
            },
          });
        },
        Math.min(spentPauseMs, state.resetSeconds * 1000),
      );
    });
  }
  return router;
}
