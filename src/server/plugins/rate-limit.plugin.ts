import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { ApiContext } from '../../api/context';
import type { RateLimitSettings } from '../limits';
import type { RateLimiter } from '../rate-limiter';

/**
 * Charges each operation's cost to its client's bucket (API key, else address). Runs once the cost is
 * known; an empty bucket answers 429 with code RATE_LIMITED and Retry-After. Every response carries
 * x-ratelimit-limit, -remaining and -reset (seconds).
 */
export function rateLimitPlugin(
  rateLimiter: RateLimiter,
  settings: RateLimitSettings,
): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      let state: RateLimiterRes | undefined;
      return {
        async responseForOperation() {
          const cost = Math.max(1, contextValue.cost ?? 1);
          try {
            state = await rateLimiter.limiter.consume(contextValue.clientKey, cost);
            return null;
          } catch (rejection) {
            if (!(rejection instanceof RateLimiterRes)) throw rejection;
            state = rejection;
            const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
            const headers = new HeaderMap();
            headers.set('retry-after', String(retryAfter));
            return {
              http: { status: 429, headers },
              body: {
                kind: 'single',
                singleResult: {
                  errors: [
                    {
                      message: `Rate limit reached: this query costs ${cost} points and ${rejection.remainingPoints} of your ${settings.points} per ${settings.windowSeconds} s are left. Try again in ${retryAfter} s.`,
                      extensions: {
                        code: 'RATE_LIMITED',
                        cost,
                        remaining: rejection.remainingPoints,
                        retryAfterSeconds: retryAfter,
                      },
                    },
                  ],
                },
              },
            };
          }
        },
        async willSendResponse({ response }) {
          if (!state) return;
          response.http.headers.set('x-ratelimit-limit', String(settings.points));
          response.http.headers.set('x-ratelimit-remaining', String(Math.max(0, state.remainingPoints)));
          response.http.headers.set('x-ratelimit-reset', String(Math.ceil(state.msBeforeNext / 1000)));
        },
      };
    },
  };
}
