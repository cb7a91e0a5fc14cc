import { createServer, type CareerGraphServer } from '../../src/server/create-server';
import type { QueryLimits } from '../../src/server/limits';
import type { GraphStore } from '../../src/store/graph-store';
import type { GraphQLAnswer } from './json';

/** Runs operations in-process (no port) through the same Apollo server, schema and error formatting as production. */
export async function inProcessClient(store: GraphStore, production = false, limits?: QueryLimits) {
  const server: CareerGraphServer = await createServer({ store, production, introspection: true, limits });
  return {
    server,
    /** `T` names the shape of `data` the test reads (a claim its expectations check); open by default. */
    async run<T = { readonly [field: string]: unknown }>(
      query: string,
      variables: Record<string, unknown> = {},
      operationName?: string,
    ): Promise<GraphQLAnswer<T>> {
      const response = await server.execute({ query, variables, operationName });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLAnswer<T>;
    },
  };
}
