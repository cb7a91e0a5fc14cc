import type { GraphQLFormattedError } from 'graphql';
import { createServer, type CareerGraphServer } from '../../src/server/create-server';
import type { QueryLimits } from '../../src/server/limits';
import type { GraphStore } from '../../src/store/graph-store';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are loose JSON; each test asserts the shape it reads
export interface Answer<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  extensions?: Record<string, any>;
}

/** Runs operations in-process (no port) through the same Apollo server, schema and error formatting as production. */
export async function inProcessClient(store: GraphStore, production = false, limits?: QueryLimits) {
  const server: CareerGraphServer = await createServer({ store, production, introspection: true, limits });
  return {
    server,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see Answer
    async run<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
      operationName?: string,
    ): Promise<Answer<T>> {
      const response = await server.execute({ query, variables, operationName });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as Answer<T>;
    },
  };
}
