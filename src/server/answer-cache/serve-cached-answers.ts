import type express from 'express';
import { recordOf } from '../http/refuse';
import type { Metrics } from '../metrics';
import { rateLimitHeadersOf, type Buckets, type Taken } from '../rate-limit/buckets';
import type { RequestRecord } from '../request-record';
import type { AnswerCache, CachedAnswer } from './answer-cache';

export interface CachedAnswersOptions {
  readonly cache: AnswerCache;
  /** What else decides an answer: the dataset served and the list prices' version. */
  readonly scope: () => string;
  /** Null when rate limiting is off. */
  readonly buckets: Buckets | null;
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

/** Takes the stored answer's cost from the client's bucket; null when the limiter failed. */
async function take(buckets: Buckets, record: RequestRecord, answer: CachedAnswer): Promise<Taken | null> {
  try {
    return await buckets.take(record.client, Math.max(1, answer.cost ?? 1));
  } catch {
    return null;
  }
}

/**
 * Answers a POST /graphql from the answer cache when the same query, variables and Accept header were
 * answered successfully before in the same scope. It runs after the client gate and the query-length
 * check, and takes the operation's cost from the client's bucket as the operation gate would, so a stored
 * answer is never a way round the rate limit. When the bucket holds too few points (or the limiter
 * fails), the request goes on to Apollo, which refuses it exactly as it refuses any other. Anything else
 * (GET, a first request, extensions, long variables) goes on to Apollo too, which stores the answer if it
 * succeeds.
 */
export function serveCachedAnswers(options: CachedAnswersOptions): express.RequestHandler {
  const { cache, buckets } = options;
  return async (request, response, next) => {
    if (request.method !== 'POST') return next();
    const key = cache.keyOf(request.body, request.get('accept'), options.scope());
    if (key === null) return next();
    const answer = cache.get(key);
    if (answer === undefined) {
      options.metrics.answerCacheLookups.inc({ result: 'miss' });
      response.locals.answerKey = key;
      return next();
    }
    const record = recordOf(response) as RequestRecord;
    if (buckets) {
      const taken = await take(buckets, record, answer);
      if (taken === null) return next();
      record.charged = true;
      if (!taken.ok) {
        record.takenBefore = taken;
        return next();
      }
      response.set(rateLimitHeadersOf(taken.state));
    }
    record.operationName = answer.operationName;
    record.cost = answer.cost;
    record.answeredFromCache = true;
    options.metrics.answerCacheLookups.inc({ result: 'hit' });
    sendAnswer(response, answer);
  };
}
