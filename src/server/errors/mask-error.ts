import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { knownErrors, statusOf } from './error-table';

export interface MaskOptions {
  /** Production masks unexpected errors and drops schema hints. */
  readonly production: boolean;
  /** Named in a masked error, so an operator finds the log line that holds the real one. */
  readonly requestId?: string;
}

const masked = (requestId?: string) =>
  requestId ? `Internal server error (request ${requestId})` : 'Internal server error';

/** Longest quoted value an error message repeats back, in characters; longer ones are cut. */
const maxEchoedValue = 80;
/** Longest message at all, whatever it quotes. */
const maxMessage = 1_000;

/**
 * The one function every error passes through before it leaves the server (errors Apollo formats, and
 * requests refused before execution):
 *
 * - a known class becomes its code and facts (error-table.ts), e.g. BAD_USER_INPUT with the argument;
 * - in production, anything unexpected becomes "Internal server error (request <id>)", and graphql-js's
 *   "Did you mean ...?" hints, which map a schema for an attacker, are dropped on every path;
 * - values the client sent are not repeated back at length (a 90 kB slug is named by its first characters).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: MaskOptions,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const known = knownErrors.find((entry) => entry.matches(original));
  const shaped: GraphQLFormattedError = known
    ? {
        message: known.message ?? (original as Error).message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: known.code, ...known.facts(original as never) },
      }
    : formatted;
  const code = shaped.extensions?.code;
  if (options.production && (code === undefined || code === 'INTERNAL_SERVER_ERROR')) {
    const id = options.requestId;
    return {
      message: masked(id),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(id ? { requestId: id } : {}) },
    };
  }
  const message = options.production ? withoutSuggestions(shaped.message) : shaped.message;
  return {
    ...shaped,
    message: shortenEchoes(message),
    ...(shaped.extensions ? { extensions: shortenValues(shaped.extensions) } : {}),
  };
}

/** A request refused before it ran, as it leaves the server. */
export interface Refusal {
  /** The status the error table gives the first error's code. */
  readonly status: number;
  /** Each error's code, for the log. */
  readonly codes: readonly (string | undefined)[];
  readonly errors: GraphQLFormattedError[];
}

/**
 * The answer to a request refused before execution, whichever part refused it (the HTTP route, the
 * operation gate): every error masked by maskError, with the request named, and its status.
 */
export function maskRefusal(errors: readonly GraphQLError[], options: MaskOptions): Refusal {
  const codes = errors.map((error) => error.extensions.code as string | undefined);
  return {
    status: statusOf(codes),
    codes,
    errors: errors.map((error) => maskError(error.toJSON(), error, options)),
  };
}

/** graphql-js appends ` Did you mean "x"?` (or `"x" or "y"?`) to validation and coercion messages. */
function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean [^?]*\?/g, '');
}

/** A quoted value longer than maxEchoedValue keeps its start and says how long it was. */
function shortenEchoes(message: string): string {
  const shortened = message.replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, inner: string) =>
    inner.length > maxEchoedValue
      ? `"${inner.slice(0, maxEchoedValue - 20)}…" (${inner.length} characters)`
      : quoted,
  );
  return shortened.length > maxMessage ? `${shortened.slice(0, maxMessage)}…` : shortened;
}

/** String facts (a slug, an argument) are cut the same way as quoted values. */
function shortenValues(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const shortened: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(extensions)) {
    shortened[name] =
      typeof value === 'string' && value.length > maxEchoedValue && name !== 'stacktrace'
        ? `${value.slice(0, maxEchoedValue - 20)}…`
        : value;
  }
  return shortened;
}

/**
 * Apollo formats errors without the request at hand, so maskError masks them without its id; once the
 * answer is known, this names the request in each error it masked.
 */
export function nameRequest(
  errors: readonly GraphQLFormattedError[],
  requestId: string,
): GraphQLFormattedError[] {
  return errors.map((error) =>
    error.message === masked() && error.extensions?.code === 'INTERNAL_SERVER_ERROR'
      ? { ...error, message: masked(requestId), extensions: { ...error.extensions, requestId } }
      : error,
  );
}
