import type { ApolloServerPlugin } from '@apollo/server';
import type { ServerContext } from '../request-record';

/**
 * Past the deadline every field still to resolve fails (guard-resolvers.ts), and each nullable one
 * would report it: the answer says once that the operation was stopped, where it was first noticed.
 */
export function deadlinePlugin(): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          let seen = false;
          const errors = result.errors?.filter((error) => {
            if (error.extensions?.code !== 'OPERATION_TIMEOUT') return true;
            if (seen) return false;
            seen = true;
            return true;
          });
          if (errors && errors.length !== result.errors?.length) result.errors = errors;
        },
      };
    },
  };
}
