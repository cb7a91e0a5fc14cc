import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../../api/context';
import type { Logger } from '../logger';
import { errorCodesOf, operationLabel } from './operation-labels';

/**
 * One log line per operation: request id, operation name, duration, cost and error codes. In production
 * an internal error's message is replaced with the request id, which points an operator at this line.
 */
export function loggingPlugin(logger: Logger, production: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, errors, operationName }) {
          const codes = errorCodesOf(response);
          const entry = {
            requestId: contextValue.requestId,
            // The name Apollo resolved from the document, else the one the client sent.
            operation: operationLabel(operationName ?? request.operationName),
            durationMs: Math.round((performance.now() - started) * 10) / 10,
            cost: contextValue.cost,
            errorCodes: codes.length > 0 ? codes : undefined,
            status: response.http.status ?? 200,
          };
          if (codes.includes('INTERNAL_SERVER_ERROR')) {
            logger.error(
              { ...entry, errors: errors?.map((error) => ({ message: error.message, stack: error.stack })) },
              'operation failed',
            );
          } else {
            logger.info(entry, 'operation');
          }
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (production && response.body.kind === 'single') {
            for (const error of response.body.singleResult.errors ?? []) {
              if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
              Object.assign(error, {
                message: `Internal server error (request ${contextValue.requestId})`,
                extensions: { ...error.extensions, requestId: contextValue.requestId },
              });
            }
          }
        },
      };
    },
  };
}
