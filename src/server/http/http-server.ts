import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import express from 'express';
import type { GraphStore } from '../../store/graph-store';
import type { HttpTimeouts } from '../limits';
import type { RequestRecord, ServerContext } from '../request-record';
import { mountWebPages } from '../web-pages';
import { exportRoute } from './export.route';
import { graphqlRoute, type GraphQLRouteOptions } from './graphql-route';
import { healthRoute } from './health.route';
import { readinessRoute } from './readiness.route';
import { answerRequestErrors } from './request-errors';

/** The HTTP server, with time limits on slow clients (a header or body trickled in holds a socket). */
export function createHttpServer(app: express.Express, timeouts: HttpTimeouts): http.Server {
  const server = http.createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      // How often Node looks for connections past those limits (30 s by default, longer than the limits).
      connectionsCheckingInterval: Math.min(1000, timeouts.headersTimeoutMs),
    },
    app,
  );
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  return server;
}

export interface RoutesOptions extends Omit<GraphQLRouteOptions, 'apollo' | 'contextFor'> {
  readonly store: GraphStore;
  readonly apollo: ApolloServer<ServerContext>;
  readonly contextFor: (record: RequestRecord) => ServerContext;
  readonly trustProxy: false | number | readonly string[];
  readonly playground: boolean;
  /** Points one download of GET /export/<format> takes. */
  readonly exportPoints: number;
}

/**
 * Every route: /healthz, /readyz, the browser pages, /graphql, /export/<format>; and answers for
 * requests Express cannot read.
 */
export function mountRoutes(app: express.Express, options: RoutesOptions): void {
  app.disable('x-powered-by');
  // Which X-Forwarded-For hops to believe: the client address is the one the last trusted proxy saw.
  app.set('trust proxy', options.trustProxy);
  app.use((_request, response, next) => {
    response.set('x-content-type-options', 'nosniff');
    next();
  });
  app.use(healthRoute(), readinessRoute(options.store));
  // Browser pages (web/ -> dist/web/): GraphiQL at /graphql for browsers and /playground, /explore, /assets/*.
  mountWebPages(app, { playground: options.playground });
  app.use('/graphql', graphqlRoute(options));
  app.use(exportRoute(options));
  app.use(answerRequestErrors(options.production));
}
