import { RateLimiterRes } from 'rate-limiter-flexible';
import { refusal } from '../errors/error-table';
import type { RateLimitSettings } from '../limits';
import type { Client } from './clients';
import type { RateLimiter } from './rate-limiter';

/** What a bucket holds after a charge: what the x-ratelimit-* headers report. */
export interface BucketState {
  readonly limit: number;
  readonly remaining: number;
  readonly resetSeconds: number;
}

export type Taken =
  { readonly ok: true; readonly state: BucketState } | { readonly ok: false; readonly state: BucketState };

/** The x-ratelimit-* headers that report a bucket to its client. */
export const rateLimitHeadersOf = (state: BucketState): Record<string, string> => ({
  'x-ratelimit-limit': String(state.limit),
  'x-ratelimit-remaining': String(state.remaining),
  'x-ratelimit-reset': String(state.resetSeconds),
});

const stateOf = (client: Client, res: RateLimiterRes): BucketState => ({
  limit: client.points,
  remaining: Math.max(0, res.remainingPoints),
  resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
});

/**
 * Every client's bucket of cost points (rate-limiter.ts keeps them, in memory or in Redis): read before
 * a request is worked on, charged its cost once known, and charged `refusalPoints` when it is refused,
 * so a stream of refusals empties a bucket as a stream of costly queries does.
 */
export class Buckets {
  constructor(
    private readonly limiter: RateLimiter,
    readonly settings: RateLimitSettings,
  ) {}

  /** The bucket's state when it is already empty, else null. */
  async spent(client: Client): Promise<BucketState | null> {
    const res = await this.limiter.limiterFor(client.points).get(client.bucket);
    return res && res.remainingPoints <= 0 ? stateOf(client, res) : null;
  }

  /** Takes `points`; refused (and still counted, as rate-limiter-flexible does) when the bucket holds fewer. */
  async take(client: Client, points: number): Promise<Taken> {
    try {
      return {
        ok: true,
        state: stateOf(client, await this.limiter.limiterFor(client.points).consume(client.bucket, points)),
      };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { ok: false, state: stateOf(client, rejection) };
    }
  }

  /** Charges a refused request, without waiting: the refusal is already answered. */
  chargeRefusal(client: Client): void {
    this.limiter
      .limiterFor(client.points)
      .consume(client.bucket, this.settings.refusalPoints)
      .catch(() => {
        // An empty bucket, or Redis away: either way the next request is checked again.
      });
  }

  close(): Promise<void> {
    return this.limiter.close();
  }
}

/** The 429 RATE_LIMITED error: what was asked, what is left, when to come back. */
export function rateLimited(
  client: Client,
  windowSeconds: number,
  state: BucketState,
  cost?: number,
  what = 'this query',
) {
  const asked =
    cost === undefined
      ? `your ${client.points} points per ${windowSeconds} s are spent`
      : `${what} costs ${cost} points and ${state.remaining} of your ${client.points} per ${windowSeconds} s are left`;
  return refusal('RATE_LIMITED', `Rate limit reached: ${asked}. Try again in ${state.resetSeconds} s.`, {
    ...(cost === undefined ? {} : { cost }),
    remaining: state.remaining,
    retryAfterSeconds: state.resetSeconds,
  });
}
