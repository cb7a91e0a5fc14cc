import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitSettings } from '../limits';

/** How long start-up waits for Redis before serving with in-process buckets until it answers. */
const redisStartTimeoutMs = 5000;

function waitUntilReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once('ready', done);
  });
}

export interface RateLimiter {
  /** The limiter for buckets of this many points per window (clients may have buckets of their own size). */
  limiterFor(points: number): RateLimiterAbstract;
  readonly backend: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * Buckets of cost points per client and window. With a Redis URL the buckets are shared by every API
 * instance; if Redis stops answering, an in-process bucket takes over (rate-limiter-flexible's
 * insurance limiter), so an outage of Redis never takes the API down with it.
 */
export async function createRateLimiter(settings: RateLimitSettings): Promise<RateLimiter> {
  const options = (points: number) => ({
    points,
    duration: settings.windowSeconds,
    keyPrefix: 'careergraph-rate',
  });
  const limiters = new Map<number, RateLimiterAbstract>();
  const cached = (make: (points: number) => RateLimiterAbstract) => (points: number) => {
    let limiter = limiters.get(points);
    if (!limiter) limiters.set(points, (limiter = make(points)));
    return limiter;
  };
  if (settings.redisUrl === null) {
    return {
      limiterFor: cached((points) => new RateLimiterMemory(options(points))),
      backend: 'memory',
      close: async () => {},
    };
  }
  // Loaded only with a Redis URL: the client takes a tenth of a second of every start-up to load. require,
  // not import(): the tests run this CommonJS under ts-jest, which has no dynamic import().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Redis: RedisClient } = require('ioredis') as typeof import('ioredis');
  // No offline queue: a call while Redis is away fails at once and the insurance limiter answers.
  const redis = new RedisClient(settings.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  redis.on('error', () => {
    // ioredis reconnects by itself; the insurance limiter covers the gap. Errors are not logged per retry.
  });
  // Start with the shared buckets when Redis is there: before it answers, every call would fall back.
  await waitUntilReady(redis, redisStartTimeoutMs);
  return {
    limiterFor: cached(
      (points) =>
        new RateLimiterRedis({
          ...options(points),
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(options(points)),
        }),
    ),
    backend: 'redis',
    close: async () => {
      redis.disconnect();
    },
  };
}
