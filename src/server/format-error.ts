import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { InvalidInputError } from '../domain/invalid-input-error';
import { StoreUnavailableError } from '../store/store-errors';

/**
 * Shapes every error before it leaves the server: caller mistakes become BAD_USER_INPUT with the
 * argument named, an unreachable database SERVICE_UNAVAILABLE; in production, anything unexpected is masked to a fixed message (no internals, no
 * stack) while known, client-facing errors keep their message.
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
    const code = formatted.extensions?.code;
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
