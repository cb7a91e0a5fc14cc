import type express from 'express';
import type { GraphQLError } from 'graphql';
import { maskRefusal } from '../errors/mask-error';
import type { RequestRecord } from '../request-record';

/** The request's record, once graphql-route.ts has made it. */
export const recordOf = (response: express.Response): RequestRecord | undefined =>
  response.locals.record as RequestRecord | undefined;

/**
 * Answers a request refused before GraphQL runs, in GraphQL's error shape, with the status the error
 * table gives its code (unless told another), and notes the codes for the log.
 */
export function refuse(
  response: express.Response,
  errors: readonly GraphQLError[],
  production: boolean,
  options: { readonly status?: number; readonly headers?: Record<string, string> } = {},
): void {
  const record = recordOf(response);
  const refusal = maskRefusal(errors, { production, requestId: record?.requestId });
  if (record) record.errorCodes = [...new Set(refusal.codes.map(String))];
  response
    .status(options.status ?? refusal.status)
    .set(options.headers ?? {})
    .json({ errors: refusal.errors });
}
