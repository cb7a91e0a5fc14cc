import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildCareerGraphSchema } from '../api/schema';
import { createContext, type ApiContext } from '../api/context';
import type { GraphStore } from '../store/graph-store';
import { createErrorFormatter } from './format-error';
import { defaultQueryLimits, maxBodyBytes, type QueryLimits, type RateLimitSettings } from './limits';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { loggingPlugin } from './plugins/logging.plugin';
import { metricsPlugin } from './plugins/metrics.plugin';
import { queryLimitsPlugin } from './plugins/query-limits.plugin';
import { rateLimitPlugin } from './plugins/rate-limit.plugin';
import { createRateLimiter } from './rate-limiter';
import { noIntrospectionRule } from './no-introspection.rule';
import { readinessAnswer } from './readiness';
import { mountWebPages } from './web-pages';
import { clientKeyOf, requestIdOf } from './request-identity';
import { rejectLongQueries } from './reject-long-queries';

export interface ServerOptions {
  readonly store: GraphStore;
  /** Masks unexpected errors and never sends stack traces. */
  readonly production: boolean;
  readonly introspection: boolean;
  /** Default: defaultQueryLimits (limits.ts). */
  readonly limits?: QueryLimits;
  /** Default: off. main.ts passes the configured limit (250,000 points a minute by default). */
  readonly rateLimit?: RateLimitSettings;
  /** Default: silent. */
  readonly logger?: Logger;
  /** Trust X-Forwarded-For for client addresses. Default false. */
  readonly trustProxy?: boolean;
  /** Serve the GraphiQL playground at GET /graphql (browsers) and /playground. Default false. */
  readonly playground?: boolean;
}

export interface CareerGraphServer {
  readonly apollo: ApolloServer<ApiContext>;
  readonly httpServer: http.Server;
  readonly metrics: Metrics;
  /** The context every operation runs with (deadline, loaders, metrics); for in-process callers too. */
  createContext(identity?: { requestId?: string; clientKey?: string }): ApiContext;
  /** Listens and resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, lets requests in flight finish, then closes the rate limiter and the store. */
  stop(): Promise<void>;
}

/**
 * A body Express cannot read (malformed JSON, too large) is the client's error: answer it in GraphQL's
 * error shape with a 4xx status, never Express's HTML page (which carries a stack trace in development).
 */
function answerBodyErrors(
  error: unknown,
  _request: express.Request,
  response: express.Response,
  next: express.NextFunction,
) {
  const status = (error as { status?: unknown }).status;
  if (response.headersSent || typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const reason =
    (error as { type?: string }).type === 'entity.too.large'
      ? `Request body is too large (${maxBodyBytes / 1000} kB at most).`
      : 'Request body is not valid JSON.';
  response.status(status).json({ errors: [{ message: reason, extensions: { code: 'BAD_REQUEST' } }] });
}

/**
 * Apollo Server on Express: POST/GET /graphql with its limits, logging, metrics and rate limiting
 * (one plugin each, in plugins/), plus /healthz, /readyz and /metrics for operators.
 */
export async function createServer(options: ServerOptions): Promise<CareerGraphServer> {
  const limits = options.limits ?? defaultQueryLimits;
  const rateLimit = options.rateLimit ?? { points: 0, windowSeconds: 60, redisUrl: null };
  const logger = options.logger ?? createLogger('silent');
  const metrics = new Metrics();
  const store = metrics.instrument(options.store);
  const rateLimiter = rateLimit.points > 0 ? await createRateLimiter(rateLimit) : null;

  const contextFor = (identity: { requestId?: string; clientKey?: string } = {}) =>
    createContext(store, {
      ...identity,
      deadlineMs: limits.operationTimeoutMs,
      onBatch: (loader, size) => metrics.batchSize.observe({ loader }, size),
    });

  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildCareerGraphSchema(),
    // Switched off by our own rule, whose message names INTROSPECTION (Apollo's names its own option).
    introspection: true,
    validationRules: options.introspection ? [] : [noIntrospectionRule],
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.production),
    // A browser form or script on another site cannot send queries in a user's name.
    csrfPrevention: true,
    // Each token costs parse time; the query-length check already bounds this, twice over.
    parseOptions: { maxTokens: Math.ceil(limits.maxQueryLength / 2) },
    // main.ts owns shutdown (stop Apollo, then close the store); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN and is blank offline.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin hooks every field resolution to gather cache hints; this
      // API gives none, and the CPU profile of a role page showed that hook around every field.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(limits),
      ...(rateLimiter ? [rateLimitPlugin(rateLimiter, rateLimit)] : []),
      loggingPlugin(logger, options.production),
      metricsPlugin(metrics),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const { status, body } = await readinessAnswer(options.store);
    response.status(status).json(body);
  });
  app.get('/metrics', async (_request, response) => {
    response.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // Browser pages (web/ -> dist/web/): GraphiQL at /graphql for browsers and /playground, /explore, /assets/*.
  mountWebPages(app, { playground: options.playground ?? false });
  app.use(
    '/graphql',
    express.json({ limit: maxBodyBytes }),
    rejectLongQueries(limits.maxQueryLength),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextFor({ requestId: requestIdOf(req), clientKey: clientKeyOf(req) }),
    }),
  );
  app.use(answerBodyErrors);

  return {
    apollo,
    httpServer,
    metrics,
    createContext: contextFor,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${actualPort}/graphql`);
        });
      }),
    stop: async () => {
      await apollo.stop();
      await rateLimiter?.close();
      await options.store.close();
    },
  };
}
