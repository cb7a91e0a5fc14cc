import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { nameRequest } from '../errors/mask-error';
import type { ServerContext } from '../request-record';

/** The error codes of a response, each once, in order. */
function errorCodesOf(response: GraphQLResponse): string[] {
  if (response.body.kind !== 'single') return [];
  const codes = (response.body.singleResult.errors ?? []).map((error) =>
    String(error.extensions?.code ?? 'UNKNOWN'),
  );
  return [...new Set(codes)];
}

/**
 * Names the request in errors masked as internal (the client quotes the id; the log line holds the real
 * error), and notes how Apollo answered in the request's record (operation name, error codes, real
 * failures) for the log, and whether the answer may be served again (no error, data, status 200).
 */
export function outcomePlugin(): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, errors, operationName, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors)
            response.body.singleResult.errors = nameRequest(
              response.body.singleResult.errors,
              contextValue.requestId,
            );
          const record = contextValue.record;
          if (!record) return;
          record.operationName = operationName ?? request.operationName;
          record.errorCodes = errorCodesOf(response);
          record.reusable =
            response.body.kind === 'single' &&
            response.body.singleResult.errors === undefined &&
            response.body.singleResult.data != null &&
            (response.http.status ?? 200) === 200;
          if (record.errorCodes.includes('INTERNAL_SERVER_ERROR')) record.failures = [...(errors ?? [])];
        },
      };
    },
  };
}
