import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode } from 'graphql';
import LRUCache from 'mnemonist/lru-cache';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { ApiContext } from '../../api/context';
import type { QueryLimits } from '../limits';
import { measureQueryShape } from '../query-shape';

/** How deep an introspection-only operation may nest: enough for GraphiQL's and codegen's schema queries. */
const introspectionDepth = 20;

function limitError(message: string, code: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: 400 } } });
}

/**
 * Costs already computed, per parsed document (Apollo hands out the same object for the same query
 * text) and per operation name and variables: costing walks the whole document with type info, which
 * showed in the CPU profile, while clients mostly repeat a few queries.
 */
class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, LRUCache<string, number>>();

  of(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    compute: () => number,
  ): number {
    let known = this.byDocument.get(document);
    if (!known) {
      known = new LRUCache<string, number>(costsPerDocument);
      this.byDocument.set(document, known);
    }
    const key = cacheKey(operationName, variables);
    // Large (or unserialisable) variable sets are costed every time rather than held: the cache stays
    // small whatever comes, and costing gives such variables their proper error.
    if (key === null) return compute();
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const cost = compute();
    known.set(key, cost);
    return cost;
  }
}

function cacheKey(
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string | null {
  try {
    const key = JSON.stringify([operationName ?? null, variables ?? {}]);
    return key.length > maxKeyLength ? null : key;
  } catch {
    // A value nested past the stack's depth; graphql's own coercion refuses it with a 400.
    return null;
  }
}

/** Distinct variable sets remembered per document; older ones are costed again when they come back. */
const costsPerDocument = 1_000;
const maxKeyLength = 1_024;

/**
 * Checks an operation's shape (depth, aliases, root fields) and cost before it runs, so a query that
 * asks for millions of objects is refused without touching the store. The cost of every accepted
 * operation is reported in `extensions.cost`.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<ApiContext> {
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          // graphql-js does not validate a root type the schema lacks; without this, execution throws.
          if (operation.operation !== 'query') {
            throw limitError(
              `This API answers queries only; it has no ${operation.operation} operations.`,
              'OPERATION_NOT_SUPPORTED',
              { operation: operation.operation },
            );
          }
          const shape = measureQueryShape(document, operation);
          // Tools' schema queries (GraphiQL's nests 15 levels) walk type references, not data; cost still applies.
          const maxDepth = shape.introspectionOnly
            ? Math.max(limits.maxDepth, introspectionDepth)
            : limits.maxDepth;
          if (shape.depth > maxDepth) {
            throw limitError(
              `This query nests ${shape.depth} levels deep; the limit is ${maxDepth}.`,
              'QUERY_TOO_DEEP',
              {
                depth: shape.depth,
                limit: maxDepth,
              },
            );
          }
          if (shape.aliases > limits.maxAliases) {
            throw limitError(
              `This query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}.`,
              'TOO_MANY_ALIASES',
              {
                aliases: shape.aliases,
                limit: limits.maxAliases,
              },
            );
          }
          if (shape.rootFields > limits.maxRootFields) {
            throw limitError(
              `This query asks for ${shape.rootFields} root fields; the limit is ${limits.maxRootFields}.`,
              'TOO_MANY_ROOT_FIELDS',
              { rootFields: shape.rootFields, limit: limits.maxRootFields },
            );
          }
          const cost = costs.of(document, request.operationName, request.variables, () => {
            try {
              return getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
              });
            } catch (error) {
              // Costing coerces the variables before Apollo does: a bad variable is the caller's error.
              if (!(error instanceof GraphQLError)) throw error;
              throw new GraphQLError(error.message, {
                extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
              });
            }
          });
          contextValue.cost = cost;
          if (cost > limits.maxCost) {
            throw limitError(
              `This query costs ${cost} points; the limit is ${limits.maxCost}. Ask for fewer items (lower \`first\`) or fewer nested lists.`,
              'QUERY_TOO_COSTLY',
              { cost: { requested: cost, limit: limits.maxCost } },
            );
          }
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
