import type express from 'express';
import type { Buckets } from '../rate-limit/buckets';
import { rateLimited } from '../rate-limit/buckets';
import type { RequestRecord } from '../request-record';
import { recordOf, refuse } from './refuse';

/**
 * Takes `points` from the client's bucket (nothing when rate limiting is off) and reports the bucket in
 * the x-ratelimit-* headers; answers 429 RATE_LIMITED and returns false when it holds too few.
 */
export async function charge(
  response: express.Response,
  { buckets, production }: { readonly buckets: Buckets | null; readonly production: boolean },
  points: number,
  what: string,
): Promise<boolean> {
  const record = recordOf(response) as RequestRecord;
  if (!buckets) return true;
  const taken = await buckets.take(record.client, points);
  record.charged = true;
  record.cost = points;
  const headers = {
    'x-ratelimit-limit': String(taken.state.limit),
    'x-ratelimit-remaining': String(taken.state.remaining),
    'x-ratelimit-reset': String(taken.state.resetSeconds),
  };
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
