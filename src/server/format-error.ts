import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { InvalidInputError } from '../domain/invalid-input-error';
import { OperationTimeoutError, StoreUnavailableError } from '../store/store-errors';

/**
 * Shapes every error before it leaves the server: caller mistakes become BAD_USER_INPUT with the
 * argument named, an unreachable database SERVICE_UNAVAILABLE, a late operation OPERATION_TIMEOUT. In
 * production, anything unexpected is masked (the logging plugin adds the request id) and field
 * suggestions are dropped, while known, client-facing errors keep their message.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof InvalidInputError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', argument: original.argument, ...original.details },
      };
    }
    if (original instanceof StoreUnavailableError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (original instanceof OperationTimeoutError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'OPERATION_TIMEOUT', limitMs: original.limitMs },
      };
    }
    const code = formatted.extensions?.code;
    // "Did you mean ...?" hints map a private schema for an attacker; in production they go.
    if (production && code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.includes(' Did you mean')) {
      return { ...formatted, message: formatted.message.replace(/ Did you mean .*$/, '') };
    }
    if (production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
      return {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return formatted;
  };
}
