import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { ServerContext } from '../request-record';

/** The error codes of a response, each once, in order. */
function errorCodesOf(response: GraphQLResponse): string[] {
  if (response.body.kind !== 'single') return [];
  const codes = (response.body.singleResult.errors ?? []).map((error) =>
    String(error.extensions?.code ?? 'UNKNOWN'),
  );
  return [...new Set(codes)];
}

/** Notes how Apollo answered in the request's record (operation name, error codes, real failures) for the log. */
export function outcomePlugin(): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, errors, operationName, contextValue }) {
          const record = contextValue.record;
          if (!record) return;
          record.operationName = operationName ?? request.operationName;
          record.errorCodes = errorCodesOf(response);
          if (record.errorCodes.includes('INTERNAL_SERVER_ERROR')) record.failures = [...(errors ?? [])];
        },
      };
    },
  };
}
