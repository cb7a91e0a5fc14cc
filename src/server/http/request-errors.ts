import type express from 'express';
import { refusal } from '../errors/error-table';
import { maxBodyBytes } from '../limits';
import { refuse } from './refuse';

/** What the client did wrong, from the error Express or its body parser raised. */
function reasonOf(error: { type?: unknown }, status: number): string {
  if (error instanceof URIError) return 'The URL is not valid: it has a malformed %-escape.';
  if (error.type === 'entity.too.large')
    return `Request body is too large (${maxBodyBytes / 1000} kB at most).`;
  if (error.type === 'entity.parse.failed') return 'Request body is not valid JSON.';
  if (typeof error.type === 'string')
    return 'The request body cannot be read (its encoding or character set is not supported).';
  return status === 404 ? 'Not found.' : 'Bad request.';
}

/**
 * A request Express cannot read (malformed JSON, too large a body, a URL with a broken %-escape) is the
 * client's error: answer it with its 4xx status, in GraphQL's error shape on /graphql and in plain text
 * elsewhere, never with Express's HTML page (which carries a stack trace in development).
 */
export function answerRequestErrors(production: boolean): express.ErrorRequestHandler {
  return (error: unknown, request, response, next) => {
    const status = (error as { status?: unknown }).status;
    if (response.headersSent || typeof status !== 'number' || status < 400 || status >= 500)
      return next(error);
    const reason = reasonOf(error as { type?: unknown }, status);
    if (request.baseUrl === '/graphql' || request.path === '/graphql') {
      refuse(response, [refusal('BAD_REQUEST', reason)], production, { status });
      return;
    }
    response.status(status).type('text/plain').send(`${reason}\n`);
  };
}
