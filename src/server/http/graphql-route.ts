import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { AnswerCache } from '../answer-cache/answer-cache';
import { serveCachedAnswers } from '../answer-cache/serve-cached-answers';
import { maxBodyBytes } from '../limits';
import type { Metrics } from '../metrics';
import type { RequestRecord, ServerContext } from '../request-record';
import { apolloHandler } from './apollo-handler';
import { clientGate, type ClientGateOptions } from './client-gate';
import { rejectLongQueries } from './reject-long-queries';

export interface GraphQLRouteOptions extends ClientGateOptions {
  readonly apollo: ApolloServer<ServerContext>;
  readonly contextFor: (record: RequestRecord) => ServerContext;
  readonly maxQueryLength: number;
  /** Null: every request runs. */
  readonly answerCache: AnswerCache | null;
  /** What else decides an answer, for the answer cache's keys: the dataset and the list prices' version. */
  readonly answerScope: () => string;
  readonly metrics: Metrics;
}

/**
 * POST and GET /graphql, cheapest checks first: who is asking and whether their bucket is already empty
 * (client-gate.ts), the body and the query's length; then Apollo, whose gate
 * (plugins/operation-gate.plugin.ts) checks limits, validity and cost. A query answered successfully
 * before is answered from the answer cache instead of Apollo, when there is one. A request refused
 * anywhere on the way is charged a refusal's points once answered.
 */
export function graphqlRoute(options: GraphQLRouteOptions): express.Router {
  const router = express.Router();
  router.use(clientGate(options));
  router.use(
    express.json({ limit: maxBodyBytes }),
    rejectLongQueries(options.maxQueryLength, options.production),
  );
  const cache = options.answerCache;
  if (cache) router.use(serveCachedAnswers({ ...options, cache, scope: options.answerScope }));
  router.use(apolloHandler(options.apollo, options.contextFor, cache));
  return router;
}
