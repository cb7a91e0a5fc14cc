import type express from 'express';
import { charge } from '../http/charge';
import { recordOf } from '../http/refuse';
import type { Metrics } from '../metrics';
import type { Buckets } from '../rate-limit/buckets';
import type { RequestRecord } from '../request-record';
import type { AnswerCache, CachedAnswer } from './answer-cache';

export interface CachedAnswersOptions {
  readonly cache: AnswerCache;
  /** What else decides an answer: the dataset served and the list prices' version. */
  readonly scope: () => string;
  /** Null when rate limiting is off. */
  readonly buckets: Buckets | null;
  readonly production: boolean;
  readonly metrics: Metrics;
}

/** The key a request missed the cache with, for the Apollo handler to store its answer under. */
export const answerKeyOf = (response: express.Response): string | undefined =>
  response.locals.answerKey as string | undefined;

/** Sends a stored answer: its own headers and ETag, the bytes as they were first sent. */
export function sendAnswer(response: express.Response, answer: CachedAnswer): void {
  for (const [name, value] of answer.headers) response.setHeader(name, value);
  if (answer.etag !== undefined) response.setHeader('etag', answer.etag);
  response.status(200).send(answer.body);
}

/**
 * Answers a POST /graphql from the answer cache when the same query, variables and Accept header were
 * answered successfully before in the same scope. It runs after the client gate and the query-length
 * check, and charges the client the operation's cost as the operation gate would (429 when the bucket
 * holds too few), so a cached answer is never a way round the rate limit. Anything else (GET, a first
 * request, long variables) goes on to Apollo, which stores the answer if it succeeds.
 */
export function serveCachedAnswers(options: CachedAnswersOptions): express.RequestHandler {
  const { cache } = options;
  return async (request, response, next) => {
    if (request.method !== 'POST') return next();
    const key = cache.keyOf(request.body, request.get('accept'), options.scope());
    if (key === null) return next();
    const answer = cache.get(key);
    options.metrics.answerCacheLookups.inc({ result: answer === undefined ? 'miss' : 'hit' });
    if (answer === undefined) {
      response.locals.answerKey = key;
      return next();
    }
    const record = recordOf(response) as RequestRecord;
    record.operationName = answer.operationName;
    record.answeredFromCache = true;
    if (!(await charge(response, options, Math.max(1, answer.cost ?? 1), 'this query'))) return;
    record.cost = answer.cost;
    sendAnswer(response, answer);
  };
}
