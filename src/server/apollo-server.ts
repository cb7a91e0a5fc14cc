import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { DatasetWatch } from '../store/dataset-watch';
import type { ListPrices } from './cost/list-prices';
import { deadlinePlugin } from './deadline/deadline.plugin';
import { maskError } from './errors/mask-error';
import { DocumentChecks } from './limits/document-checks';
import type { QueryLimits } from './limits';
import { datasetPlugin } from './plugins/dataset.plugin';
import { operationGatePlugin } from './plugins/operation-gate.plugin';
import { outcomePlugin } from './plugins/outcome.plugin';
import { readFieldsPlugin } from './plugins/read-fields.plugin';
import type { Buckets } from './rate-limit/buckets';
import type { ServerContext } from './request-record';

export interface ApolloOptions {
  readonly schema: GraphQLSchema;
  readonly httpServer: http.Server;
  readonly production: boolean;
  readonly introspection: boolean;
  readonly limits: QueryLimits;
  readonly prices: ListPrices;
  readonly buckets: Buckets | null;
  /** Which dataset the store serves: every response names it in `extensions.dataset`. */
  readonly dataset: DatasetWatch;
}

/**
 * Apollo Server with the API's schema, error masking and plugins (the gate, the deadline, the outcome for
 * the log, the dataset each response was answered from).
 */
export function createApolloServer(options: ApolloOptions): ApolloServer<ServerContext> {
  const { schema, production, limits } = options;
  return new ApolloServer<ServerContext>({
    schema,
    // Switched off by the gate's own rule (limits/document-checks.ts), whose message names INTROSPECTION.
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) => maskError(formatted, error, { production }),
    // The gate validates, limits first: graphql-js's own rules are not all linear in the document, so
    // they run only on documents within the limits (limits/document-checks.ts).
    dangerouslyDisableValidation: true,
    // A browser form or script on another site cannot send queries in a user's name.
    csrfPrevention: true,
    // Each token costs parse time; the query-length check already bounds this, twice over.
    parseOptions: { maxTokens: Math.ceil(limits.maxQueryLength / 2) },
    // main.ts owns shutdown (stop Apollo, then close the store); Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      // Apollo's default landing page loads from a CDN and is blank offline.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin hooks every field resolution to gather cache hints; this
      // API gives none, and the CPU profile of a role page showed that hook around every field.
      ApolloServerPluginCacheControlDisabled(),
      operationGatePlugin({
        checks: new DocumentChecks(schema, limits, options.introspection),
        limits,
        prices: options.prices,
        buckets: options.buckets,
        production,
      }),
      deadlinePlugin(),
      readFieldsPlugin(),
      outcomePlugin(),
      datasetPlugin(options.dataset),
    ],
  });
}
