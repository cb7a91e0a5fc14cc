import {
  AnswerCache,
  maxVariablesLength,
  type CachedAnswer,
} from '../../src/server/answer-cache/answer-cache';

const query = '{ roles(first: 2) { nodes { slug } } }';
const answerOf = (bytes: number): CachedAnswer => ({
  body: Buffer.alloc(bytes, 'x'),
  headers: [['content-type', 'application/json; charset=utf-8']],
  etag: undefined,
  cost: 3,
  operationName: null,
});

describe('AnswerCache keys', () => {
  const cache = new AnswerCache(1024 * 1024);
  const key = (body: unknown, accept?: string, scope = '1 abc') => cache.keyOf(body, accept, scope);

  it('are the same for the same request in the same scope', () => {
    expect(key({ query, variables: { a: 1 } })).toBe(key({ query, variables: { a: 1 } }));
    // Fields Apollo does not read do not matter.
    expect(key({ query, id: 7 })).toBe(key({ query }));
    // Absent and null mean the same to Apollo.
    expect(key({ query, variables: null, operationName: null })).toBe(key({ query }));
  });

  it('differ in anything that can change the answer', () => {
    const keys = [
      key({ query }),
      key({ query: `${query} ` }),
      key({ query, operationName: 'A' }),
      key({ query, variables: { first: 2 } }),
      key({ query, variables: { first: '2' } }),
      // graphql-js refuses a lone surrogate and accepts U+FFFD, which UTF-8 would turn it into.
      key({ query: `${query} # \uFFFD` }),
      key({ query: `${query} # \uD800` }),
      key({ query }, 'application/graphql-response+json'),
      key({ query }, undefined, '2 abc'),
      key({ query }, undefined, '1 abd'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    // No field can stand in for another: the parts are kept apart.
    expect(key({ query, operationName: 'a', variables: null })).not.toBe(
      key({ query, operationName: null, variables: 'a' }),
    );
  });

  it('are null for what is not one query, carries extensions, or is too long to remember', () => {
    for (const body of [undefined, null, 'query', [{ query }], {}, { query: 42 }])
      expect(key(body)).toBeNull();
    // An automatic persisted query registers itself when Apollo runs it.
    expect(key({ query, extensions: { persistedQuery: { version: 1, sha256Hash: 'ab' } } })).toBeNull();
    expect(key({ query, extensions: {} })).toBeNull();
    expect(key({ query, extensions: null })).toBe(key({ query }));
    const long = 'x'.repeat(maxVariablesLength);
    expect(key({ query, variables: { text: long } })).toBeNull();
    expect(key({ query, variables: { text: 'x'.repeat(maxVariablesLength / 2) } })).not.toBeNull();
    // Nested past the stack: no key, and no throw.
    let deep: unknown = 0;
    for (let level = 0; level < 200_000; level++) deep = [deep];
    expect(key({ query, variables: { deep } })).toBeNull();
  });
});

describe('AnswerCache bounds', () => {
  it('holds answers up to its size, dropping the least recently used first', () => {
    const cache = new AnswerCache(64 * 1024);
    for (let answer = 0; answer < 20; answer++) cache.set(`k${answer}`, answerOf(4 * 1024));
    expect(cache.heldBytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k19')?.body.length).toBe(4 * 1024);
    // Reading an answer keeps it: k12 outlives k13 when room is made.
    const kept = cache.size;
    cache.get(`k${20 - kept}`);
    cache.set('new', answerOf(4 * 1024));
    expect(cache.get(`k${20 - kept}`)).toBeDefined();
    expect(cache.get(`k${21 - kept}`)).toBeUndefined();
  });

  it('does not keep an answer larger than an eighth of its size', () => {
    const cache = new AnswerCache(64 * 1024);
    cache.set('big', answerOf(8 * 1024));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.heldBytes).toBe(0);
    cache.set('fits', answerOf(7 * 1024));
    expect(cache.get('fits')).toBeDefined();
  });
});
