import 'reflect-metadata';
import { loadConfig } from './config';
import { createServer, type CareerGraphServer } from './server/create-server';
import { listenErrorMessage } from './server/listen-error';
import { createLogger } from './server/logger';
import { readApiKeys } from './server/rate-limit/api-keys';
import { reportUntilReady } from './server/readiness';
import { createStore } from './store/create-store';

const shutdownDeadlineMs = 20_000;

/** Process entry: config -> store -> server, and a graceful stop on SIGTERM / SIGINT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  // Assigned once listening; a signal before that finds nothing to drain.
  let server: CareerGraphServer | undefined = undefined;
  let stopReporting = () => {};
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests in flight, then stopping`);
    stopReporting();
    // Still starting: nothing is in flight.
    if (!server) process.exit(0);
    // Requests get the drain's grace period; past this deadline something is stuck, so say so and go.
    setTimeout(() => {
      console.error(`could not stop within ${shutdownDeadlineMs / 1000} s; exiting anyway`);
      process.exit(1);
    }, shutdownDeadlineMs).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  // Before anything slow, so that a stop during start-up is a clean one too.
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  const apiKeys = config.apiKeysFile === undefined ? null : readApiKeys(config.apiKeysFile);
  const store = await createStore(config, (message) => logger.warn(message));
  server = await createServer({
    store,
    production: config.production,
    introspection: config.introspection,
    limits: config.limits,
    rateLimit: config.rateLimit,
    apiKeys,
    logger,
    trustProxy: config.trustProxy,
    playground: config.playground,
    httpTimeouts: config.httpTimeouts,
    listPricesCheckSeconds: config.listPricesCheckSeconds,
    metricOperations: config.metrics.operations,
    answerCacheBytes: config.answerCacheBytes,
  });
  const metricsUrl = await server
    .listenForMetrics(config.metrics.port, config.metrics.host)
    .catch((error: unknown) => {
      throw new Error(
        `metrics: ${listenErrorMessage(error, config.metrics.host, config.metrics.port, {
          host: 'METRICS_HOST',
          port: 'METRICS_PORT',
        })}`,
      );
    });
  const url = await server.listen(config.port, config.host).catch((error: unknown) => {
    throw new Error(listenErrorMessage(error, config.host, config.port));
  });
  // Plain text on purpose: the lines people (and the tests) wait for; everything else is JSON.
  console.log(`careergraph metrics at ${metricsUrl}`);
  console.log(`careergraph serving the ${store.name} store at ${url}`);
  // Neo4j may still be down, empty or unmigrated: say why until it is ready (/readyz says it too).
  if (config.neo4j) stopReporting = reportUntilReady(store, logger);
}

/** Resolves once the server listens (boot.ts keeps the compiled code then); a failed start exits. */
export const serving: Promise<void> = main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
