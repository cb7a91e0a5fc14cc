import type express from 'express';
import type { GraphQLError } from 'graphql';
import { statusOf } from '../errors/error-table';
import { maskError } from '../errors/mask-error';
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
  const codes = errors.map((error) => error.extensions.code as string | undefined);
  if (record) record.errorCodes = [...new Set(codes.map(String))];
  response
    .status(options.status ?? statusOf(codes))
    .set(options.headers ?? {})
    .json({
      errors: errors.map((error) =>
        maskError(error.toJSON(), error, { production, requestId: record?.requestId }),
      ),
    });
}
