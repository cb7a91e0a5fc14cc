import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type express from 'express';
import type { AnswerCache, CachedAnswer } from '../answer-cache/answer-cache';
import { answerKeyOf, sendAnswer } from '../answer-cache/serve-cached-answers';
import type { RequestRecord, ServerContext } from '../request-record';
import { recordOf } from './refuse';

/** Headers that describe the request's bucket, not the answer: never stored with it. */
const perRequestHeader = /^(x-ratelimit-|retry-after$)/;

function headersOf(request: express.Request): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The query string of a request URL, `?` included, as url.parse gives it (a `#fragment` is not part of it). */
function searchOf(url: string): string {
  const hash = url.indexOf('#');
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const at = beforeHash.indexOf('?');
  return at === -1 ? '' : beforeHash.slice(at);
}

/**
 * The body in a buffer of its own: Buffer.from copies a short string into a slice of Node's shared 8 KB
 * pool, which a kept answer would then hold whole, whatever the cache counted.
 */
function ownBuffer(body: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(body));
  bytes.write(body);
  return bytes;
}

/**
 * Keeps a successful answer for the next request with the same key (answer-cache/serve-cached-answers.ts);
 * the stored answer, or undefined when this one may not be reused (an error, a refusal, another status).
 */
function store(
  cache: AnswerCache,
  key: string,
  record: RequestRecord,
  answer: HTTPGraphQLResponse,
  body: string,
  etagOf: ((body: Buffer) => string) | undefined,
): CachedAnswer | undefined {
  if (!record.reusable || (answer.status ?? 200) !== 200) return undefined;
  const bytes = ownBuffer(body);
  const stored: CachedAnswer = {
    body: bytes,
    headers: [...answer.headers].filter(([name]) => !perRequestHeader.test(name)),
    etag: etagOf?.(bytes),
    cost: record.cost,
    operationName: record.operationName,
  };
  cache.set(key, stored);
  return stored;
}

/**
 * Hands a request to Apollo and writes its answer, as @as-integrations/express5 does, and keeps each
 * successful answer in the answer cache when one is given: the bytes Apollo serialised are what later
 * requests with the same key are sent.
 */
export function apolloHandler(
  apollo: ApolloServer<ServerContext>,
  contextFor: (record: RequestRecord) => ServerContext,
  cache: AnswerCache | null,
): express.RequestHandler {
  apollo.assertStarted('apolloHandler()');
  return async (request, response) => {
    const record = recordOf(response) as RequestRecord;
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: request.method.toUpperCase(),
        headers: headersOf(request),
        search: searchOf(request.url),
        body: request.body as unknown,
      },
      context: async () => contextFor(record),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    response.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const key = answerKeyOf(response);
      const etagFn = request.app.get('etag fn') as ((body: Buffer) => string) | undefined;
      const stored =
        cache && key !== undefined
          ? store(cache, key, record, answer, answer.body.string, etagFn)
          : undefined;
      // The stored bytes and their ETag, so that Express does not encode and hash the body a second time.
      if (stored) sendAnswer(response, stored);
      else response.send(answer.body.string);
      return;
    }
    const flushable = response as express.Response & { flush?: () => void };
    for await (const chunk of answer.body.asyncIterator) {
      response.write(chunk);
      // Behind a compression middleware, each part must leave now, not when the buffer fills.
      flushable.flush?.();
    }
    response.end();
  };
}
