import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildCareerGraphSchema } from '../api/schema';
import { createContext, type ApiContext } from '../api/context';
import type { GraphStore } from '../store/graph-store';
import { createErrorFormatter } from './format-error';

export interface ServerOptions {
  readonly store: GraphStore;
  readonly production: boolean;
  readonly introspection: boolean;
}

export interface CareerGraphServer {
  readonly apollo: ApolloServer<ApiContext>;
  readonly httpServer: http.Server;
  /** Listens and resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host: string): Promise<string>;
  /** Stops accepting, lets requests in flight finish, then closes the store. */
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
      ? 'Request body is too large (1 MB at most).'
      : 'Request body is not valid JSON.';
  response.status(status).json({ errors: [{ message: reason, extensions: { code: 'BAD_REQUEST' } }] });
}

/** Apollo Server on Express: POST/GET /graphql, plus /healthz and /readyz for orchestrators. */
export async function createServer(options: ServerOptions): Promise<CareerGraphServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    schema: await buildCareerGraphSchema(),
    introspection: options.introspection,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.production),
    // main.ts owns shutdown (stop Apollo, then close the store); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's default landing page loads from a CDN and is blank offline.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    const ready = await options.store.ping().catch(() => false);
    response
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'unavailable', store: options.store.name });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(options.store) }),
  );
  app.use(answerBodyErrors);

  return {
    apollo,
    httpServer,
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
      await options.store.close();
    },
  };
}
