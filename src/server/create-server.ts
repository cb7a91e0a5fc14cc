import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServer, GraphQLRequest, GraphQLResponse } from '@apollo/server';
import express from 'express';
import { buildCareerGraphSchema } from '../api/schema';
import { DatasetWatch } from '../store/dataset-watch';
import type { GraphStore } from '../store/graph-store';
import { AnswerCache } from './answer-cache/answer-cache';
import { createApolloServer } from './apollo-server';
import { ListPrices } from './cost/list-prices';
import { guardResolvers } from './deadline/guard-resolvers';
import { createHttpServer, mountRoutes } from './http/http-server';
import { createMetricsServer } from './http/metrics-server';
import {
  defaultHttpTimeouts,
  defaultQueryLimits,
  defaultRateLimit,
  exportShare,
  type HttpTimeouts,
  type QueryLimits,
  type RateLimitSettings,
} from './limits';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { OperationLabels } from './observe/operation-labels';
import { requestObserver } from './observe/request-observer';
import type { ApiKeys } from './rate-limit/api-keys';
import { Buckets } from './rate-limit/buckets';
import { createRateLimiter } from './rate-limit/rate-limiter';
import { newRecord, type ServerContext } from './request-record';
import { contextFactory } from './server-context';

export interface ServerOptions {
  readonly store: GraphStore;
  /** Masks unexpected errors and never sends stack traces. */
  readonly production: boolean;
  readonly introspection: boolean;
  /** Default: defaultQueryLimits (limits.ts). */
  readonly limits?: QueryLimits;
  /** Default: off. main.ts passes the configured limit (250,000 points a minute by default). */
  readonly rateLimit?: RateLimitSettings;
  /** The API keys issued (API_KEYS_FILE). Default none: any x-api-key is refused with 401. */
  readonly apiKeys?: ApiKeys | null;
  /** Default: silent. */
  readonly logger?: Logger;
  /**
   * Which proxies' X-Forwarded-For to believe (Express's `trust proxy`): a hop count, or addresses and
   * ranges. The client address is the one the last trusted proxy saw. Default false: the socket's peer.
   */
  readonly trustProxy?: false | number | readonly string[];
  /** Serve the GraphiQL playground at GET /graphql (browsers) and /playground. Default false. */
  readonly playground?: boolean;
  /** Default: defaultHttpTimeouts (limits.ts). */
  readonly httpTimeouts?: HttpTimeouts;
  /** Ask the store this often which dataset it serves, to price lists anew when it changes. Default 0: at start only. */
  readonly listPricesCheckSeconds?: number;
  /** Operation names, besides the project's own, that get a metric label of their own. */
  readonly metricOperations?: readonly string[];
  /**
   * Bytes of successful answers to keep and send again to the same query (answer-cache/); the embedded
   * store only, whose graph cannot change while it runs. Default 0: every request runs.
   */
  readonly answerCacheBytes?: number;
}

export interface CareerGraphServer {
  readonly apollo: ApolloServer<ServerContext>;
  readonly httpServer: http.Server;
  readonly metrics: Metrics;
  /** The context every operation runs with (deadline, loaders, metrics); for in-process callers too. */
  createContext(identity?: { requestId?: string; clientKey?: string }): ServerContext;
  /** Runs one operation in-process, as an HTTP request would run it (without rate limiting). */
  execute(request: GraphQLRequest): Promise<GraphQLResponse>;
  /** Listens and resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host: string): Promise<string>;
  /** Serves GET /metrics on a port of its own; resolves with its URL. */
  listenForMetrics(port: number, host: string): Promise<string>;
  /**
   * Resolves once list prices are measured for the dataset the store serves now. Start-up waits for the
   * first measurement only briefly (a slow Neo4j finishes it in the background); callers that must not
   * overlap it, such as tests counting the statements one request issues, wait here.
   */
  listPricesMeasured(): Promise<void>;
  /** Stops accepting, lets requests in flight finish, then closes the rate limiter and the store. */
  stop(): Promise<void>;
}

/** How long start-up waits for the first measurement of list prices (list-prices.ts). */
const firstPricesWaitMs = 250;

function listenOn(server: http.Server, port: number, host: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve(`http://${shownHost}:${actualPort}${path}`);
    });
  });
}

/**
 * careergraph over HTTP: GraphQL at /graphql (graphql-route.ts, apollo-server.ts), the dataset's
 * downloads at /export/<format> (export.route.ts), /healthz and /readyz, the browser pages, and /metrics
 * on a port of its own.
 */
export async function createServer(options: ServerOptions): Promise<CareerGraphServer> {
  const answerCacheBytes = options.answerCacheBytes ?? 0;
  if (answerCacheBytes > 0 && options.store.name !== 'memory')
    throw new Error(
      'The answer cache serves the embedded store only: a Neo4j database can be reseeded under a running API.',
    );
  const limits = options.limits ?? defaultQueryLimits;
  const rateLimit = options.rateLimit ?? { ...defaultRateLimit, points: 0 };
  const logger = options.logger ?? createLogger('silent');
  const metrics = new Metrics();
  const store = metrics.instrument(options.store);
  const buckets = rateLimit.points > 0 ? new Buckets(await createRateLimiter(rateLimit), rateLimit) : null;
  const prices = new ListPrices(store, { checkSeconds: options.listPricesCheckSeconds ?? 0, logger });
  // The embedded store is measured in milliseconds; a database still starting must not hold start-up.
  // Which dataset answers, for extensions.dataset: re-read every 5 s from Neo4j, which can be reseeded
  // under a running API; the embedded store's is fixed once loaded. Read once before serving.
  const dataset = new DatasetWatch(options.store, options.store.name === 'memory' ? Infinity : 5_000);
  await Promise.race([
    Promise.all([prices.start(), dataset.refresh()]),
    new Promise((resolve) => setTimeout(resolve, firstPricesWaitMs)),
  ]);
  const schema = await buildCareerGraphSchema();
  guardResolvers(schema);
  const contextFor = contextFactory(store, metrics, limits.operationTimeoutMs);

  const app = express();
  const httpServer = createHttpServer(app, options.httpTimeouts ?? defaultHttpTimeouts);
  const metricsServer = createMetricsServer(metrics);
  const { production, introspection } = options;
  const apollo = createApolloServer({
    schema,
    httpServer,
    production,
    introspection,
    limits,
    prices,
    buckets,
    dataset,
  });
  await apollo.start();
  const answerCache = answerCacheBytes > 0 ? new AnswerCache(answerCacheBytes) : null;
  if (answerCache) metrics.watchAnswerCache(answerCache);
  mountRoutes(app, {
    store,
    apollo,
    contextFor,
    apiKeys: options.apiKeys ?? null,
    buckets,
    defaultPoints: rateLimit.points,
    exportPoints: rateLimit.exportPoints ?? Math.ceil(rateLimit.points / exportShare),
    maxQueryLength: limits.maxQueryLength,
    production,
    trustProxy: options.trustProxy ?? false,
    playground: options.playground ?? false,
    answerCache,
    // The list prices are measured once on the embedded store, possibly after the first requests.
    answerScope: () => `${prices.version} ${dataset.current()?.hash ?? 'unknown'}`,
    metrics,
    onAnswered: requestObserver(logger, metrics, OperationLabels.forProject(options.metricOperations)),
  });

  const localRecord = (identity: { requestId?: string; clientKey?: string } = {}) =>
    newRecord(identity.requestId ?? randomUUID(), { bucket: identity.clientKey ?? 'local', points: 0 });
  return {
    apollo,
    httpServer,
    metrics,
    createContext: (identity) => contextFor(localRecord(identity)),
    execute: (request) => apollo.executeOperation(request, { contextValue: contextFor(localRecord()) }),
    listen: (port, host) => listenOn(httpServer, port, host, '/graphql'),
    listenForMetrics: (port, host) => listenOn(metricsServer, port, host, '/metrics'),
    listPricesMeasured: () => prices.check(),
    stop: async () => {
      prices.stop();
      metricsServer.close();
      await apollo.stop();
      await buckets?.close();
      await options.store.close();
    },
  };
}
