import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitSettings } from './limits';

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
  readonly limiter: RateLimiterAbstract;
  readonly backend: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * Token buckets of cost points per client. With a Redis URL the buckets are shared by every API
 * instance; if Redis stops answering, an in-process bucket takes over (rate-limiter-flexible's
 * insurance limiter), so an outage of Redis never takes the API down with it.
 */
export async function createRateLimiter(settings: RateLimitSettings): Promise<RateLimiter> {
  const options = {
    points: settings.points,
    duration: settings.windowSeconds,
    keyPrefix: 'careergraph-rate',
  };
  if (settings.redisUrl === null) {
    return { limiter: new RateLimiterMemory(options), backend: 'memory', close: async () => {} };
  }
  // No offline queue: a call while Redis is away fails at once and the insurance limiter answers.
  const redis = new Redis(settings.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
  });
  redis.on('error', () => {
    // ioredis reconnects by itself; the insurance limiter covers the gap. Errors are not logged per retry.
  });
  // Start with the shared buckets when Redis is there: before it answers, every call would fall back.
  await waitUntilReady(redis, redisStartTimeoutMs);
  const limiter = new RateLimiterRedis({
    ...options,
    storeClient: redis,
    insuranceLimiter: new RateLimiterMemory(options),
  });
  return {
    limiter,
    backend: 'redis',
    close: async () => {
      redis.disconnect();
    },
  };
}
