import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { maxBodyBytes } from '../limits';
import type { RequestRecord, ServerContext } from '../request-record';
import { clientGate, type ClientGateOptions } from './client-gate';
import { recordOf } from './refuse';
import { rejectLongQueries } from './reject-long-queries';

export interface GraphQLRouteOptions extends ClientGateOptions {
  readonly apollo: ApolloServer<ServerContext>;
  readonly contextFor: (record: RequestRecord) => ServerContext;
  readonly maxQueryLength: number;
}

/**
 * POST and GET /graphql, cheapest checks first: who is asking and whether their bucket is already empty
 * (client-gate.ts), the body and the query's length; then Apollo, whose gate
 * (plugins/operation-gate.plugin.ts) checks limits, validity and cost. A request refused anywhere on the
 * way is charged a refusal's points once answered.
 */
export function graphqlRoute(options: GraphQLRouteOptions): express.Router {
  const router = express.Router();
  router.use(clientGate(options));
  router.use(
    express.json({ limit: maxBodyBytes }),
    rejectLongQueries(options.maxQueryLength, options.production),
    expressMiddleware(options.apollo, {
      context: async ({ res }) => options.contextFor(recordOf(res) as RequestRecord),
    }),
  );
  return router;
}
