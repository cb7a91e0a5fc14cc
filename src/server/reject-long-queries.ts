import type express from 'express';

/**
 * Refuses a query text over the limit before Apollo parses it: HTTP 413 with code QUERY_TOO_LONG,
 * naming the length and the limit.
 */
export function rejectLongQueries(maxQueryLength: number): express.RequestHandler {
  return (request, response, next) => {
    const body = request.body as { query?: unknown } | undefined;
    const query = typeof body?.query === 'string' ? body.query : request.query.query;
    if (typeof query === 'string' && query.length > maxQueryLength) {
      response.status(413).json({
        errors: [
          {
            message: `The query is ${query.length} characters long; the limit is ${maxQueryLength}.`,
            extensions: { code: 'QUERY_TOO_LONG', length: query.length, limit: maxQueryLength },
          },
        ],
      });
      return;
    }
    next();
  };
}
