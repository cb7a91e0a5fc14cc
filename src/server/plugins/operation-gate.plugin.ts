import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { validate, type GraphQLError } from 'graphql';
import { CostCache } from '../cost/cost-cache';
import { costRule } from '../cost/cost.rule';
import type { ListPrices } from '../cost/list-prices';
import { maskRefusal } from '../errors/mask-error';
import type { DocumentChecks } from '../limits/document-checks';
import type { QueryLimits } from '../limits';
import { rateLimited, rateLimitHeadersOf, type BucketState, type Buckets } from '../rate-limit/buckets';
import type { ServerContext } from '../request-record';

export interface GateOptions {
  readonly checks: DocumentChecks;
  readonly limits: QueryLimits;
  readonly prices: ListPrices;
  /** Null when rate limiting is off. */
  readonly buckets: Buckets | null;
  readonly production: boolean;
}

interface Costing {
  readonly cost: number | undefined;
  readonly errors: readonly GraphQLError[];
}

function rateLimitHeaders(headers: HeaderMap, state: BucketState): void {
  for (const [name, value] of Object.entries(rateLimitHeadersOf(state))) headers.set(name, value);
}

/**
 * Decides, before anything runs, whether an operation runs: the document within the limits and valid
 * (limits/document-checks.ts), its cost within MAX_QUERY_COST (cost/cost.rule.ts), and its cost taken
 * from the client's bucket. Anything else is answered here, with every error found, and nothing runs.
 * Accepted answers report their cost in `extensions.cost`.
 */
export function operationGatePlugin(options: GateOptions): ApolloServerPlugin<ServerContext> {
  const { checks, limits, prices, buckets, production } = options;
  const costs = new CostCache<Costing>();

  const refuse = (
    errors: readonly GraphQLError[],
    context: ServerContext,
    headers = new HeaderMap(),
  ): GraphQLResponse => {
    const refusal = maskRefusal(errors, { production, requestId: context.requestId });
    return {
      http: { status: refusal.status, headers },
      body: { kind: 'single', singleResult: { errors: refusal.errors } },
    };
  };

  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, request, schema, contextValue, response }) {
          const invalid = checks.errorsOf(document);
          if (invalid.length > 0) return refuse(invalid, contextValue);

          const costing = costs.of(document, request, prices.version, () => {
            let cost: number | undefined;
            const rule = costRule({
              maxCost: limits.maxCost,
              variables: request.variables ?? {},
              operationName: request.operationName,
              listSize: prices.sizeOf,
              onCost: (each) => (cost = Math.max(cost ?? 0, each)),
            });
            return { errors: validate(schema, document, [rule]), cost };
          });
          contextValue.cost = costing.cost;
          if (contextValue.record) contextValue.record.cost = costing.cost;
          if (costing.errors.length > 0) return refuse(costing.errors, contextValue);

          const record = contextValue.record;
          if (!buckets || !record) return null;
          const cost = Math.max(1, costing.cost ?? 1);
          // Taken already when the answer cache held this answer but the bucket had too few points.
          const taken = record.takenBefore ?? (await buckets.take(record.client, cost));
          record.charged = true;
          rateLimitHeaders(response.http.headers, taken.state);
          if (taken.ok) return null;
          const headers = new HeaderMap([['retry-after', String(taken.state.resetSeconds)]]);
          rateLimitHeaders(headers, taken.state);
          return refuse(
            [rateLimited(record.client, buckets.settings.windowSeconds, taken.state, cost)],
            contextValue,
            headers,
          );
        },

        async willSendResponse({ response, contextValue }) {
          if (contextValue.cost === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested: contextValue.cost, limit: limits.maxCost },
          };
        },
      };
    },
  };
}
