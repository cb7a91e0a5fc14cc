import { GraphQLError, type ASTNode } from 'graphql';
import { InvalidInputError } from '../../domain/invalid-input-error';
import { OperationTimeoutError, StoreUnavailableError } from '../../store/store-errors';

/**
 * The one table of how the API answers errors: which thrown class becomes which code with which facts,
 * and which HTTP status a request refused with a code gets. Everything that shapes or sends an error
 * reads it here (mask-error.ts for errors Apollo hands over, refuse.ts for requests refused before).
 */

/** HTTP status of a request refused as a whole, by code. Codes not listed answer 200 with partial data. */
export const refusalStatus = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_NOT_SUPPORTED: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  PERSISTED_QUERY_HASH_MISMATCH: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_ROOT_FIELDS: 400,
  TOO_MANY_SCHEMA_FIELDS: 400,
  TOO_MANY_SELECTIONS: 400,
  QUERY_TOO_COSTLY: 400,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  QUERY_TOO_LONG: 413,
  RATE_LIMITED: 429,
} as const;
export type RefusalCode = keyof typeof refusalStatus;

/** The status of a refusal: the first error's, as GraphQL over HTTP asks for one status per response. */
export function statusOf(codes: readonly (string | undefined)[]): number {
  for (const code of codes) {
    if (code !== undefined && code in refusalStatus) return refusalStatus[code as RefusalCode];
  }
  return 400;
}

/** A refusal as a GraphQL error: the code and the facts a client can act on (the limit, what it asked). */
export function refusal(
  code: RefusalCode,
  message: string,
  facts: Record<string, unknown> = {},
  nodes?: readonly ASTNode[],
): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, ...facts } });
}

interface KnownError {
  readonly matches: (error: unknown) => boolean;
  readonly code: string;
  /** The message a client sees; the error's own when absent. */
  readonly message?: string;
  readonly facts: (error: never) => Record<string, unknown>;
}

function byClass<E extends Error>(
  type: abstract new (...args: never[]) => E,
  code: string,
  facts: (error: E) => Record<string, unknown> = () => ({}),
): KnownError {
  return { matches: (error) => error instanceof type, code, facts };
}

/**
 * Apollo answers these persisted-query mistakes without a code (so they would be masked as internal
 * errors and logged as failures); they are the client's, so they get a code and a message that says
 * what to send. Matched by Apollo's own message, which test/e2e/abuse.test.ts pins.
 */
function byApolloMessage(apolloMessage: string, code: RefusalCode, message: string): KnownError {
  return {
    matches: (error) => error instanceof GraphQLError && error.message === apolloMessage,
    code,
    message,
    facts: () => ({}),
  };
}

export const knownErrors: readonly KnownError[] = [
  byClass(InvalidInputError, 'BAD_USER_INPUT', (error) => ({ argument: error.argument, ...error.details })),
  byClass(StoreUnavailableError, 'SERVICE_UNAVAILABLE'),
  byClass(OperationTimeoutError, 'OPERATION_TIMEOUT', (error) => ({ limitMs: error.limitMs })),
  byApolloMessage(
    'Unsupported persisted query version',
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'extensions.persistedQuery must be an object { version: 1, sha256Hash }: only version 1 of automatic persisted queries is supported.',
  ),
  byApolloMessage(
    'provided sha does not match query',
    'PERSISTED_QUERY_HASH_MISMATCH',
    'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.',
  ),
];
