import type express from 'express';
import { refusal } from '../errors/error-table';
import { refuse } from './refuse';

/**
 * Refuses a query text over the limit before Apollo parses it: HTTP 413 with code QUERY_TOO_LONG,
 * naming the length and the limit.
 */
export function rejectLongQueries(maxQueryLength: number, production: boolean): express.RequestHandler {
  return (request, response, next) => {
    const body = request.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : request.query.query;
    if (typeof query === 'string' && query.length > maxQueryLength) {
      refuse(
        response,
        [
          refusal(
            'QUERY_TOO_LONG',
            `The query is ${query.length} characters long; the limit is ${maxQueryLength}.`,
            { length: query.length, limit: maxQueryLength },
          ),
        ],
        production,
      );
      return;
    }
    next();
  };
}
