import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** One answer as sent: its bytes and the headers that belong to it, not to the request it answered. */
export interface CachedAnswer {
  readonly body: Buffer;
  /** Header names and values Apollo set for this answer (content type, vary), rate-limit headers excluded. */
  readonly headers: readonly (readonly [string, string])[];
  /** The weak ETag Express would compute for the body (computed once, when the answer is stored). */
  readonly etag: string | undefined;
  /** The operation's cost, charged again on every request it answers. */
  readonly cost: number | undefined;
  readonly operationName: string | null | undefined;
}

/** What a POST /graphql body holds, as express.json read it. */
interface GraphQLBody {
  readonly query: string;
  readonly operationName?: unknown;
  readonly variables?: unknown;
  readonly extensions?: unknown;
}

/**
 * Variables (with the operation name) longer than this, serialised, are not remembered: the
 * key would cost as much to build as it saves, and long texts (a learner's CV for analyzeText) should
 * not stay in memory because someone sent them once.
 */
export const maxVariablesLength = 1_024;

/** What an entry costs beyond its body: key, headers and bookkeeping, roughly. */
const entryOverheadBytes = 512;

function isGraphQLBody(body: unknown): body is GraphQLBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    typeof (body as { query?: unknown }).query === 'string'
  );
}

/**
 * Extensions are left to Apollo: an automatic persisted query registers its text in Apollo's own cache
 * when it runs, which an answer sent from here would skip.
 */
const hasExtensions = (body: GraphQLBody) => body.extensions !== undefined && body.extensions !== null;

/**
 * Whole answers of successful queries, kept by what decides them: the query text, operation name and
 * variables the client sent, the Accept header (which picks the content type), and the
 * scope the server answers in (the dataset and the list prices costs are computed with). The embedded
 * store's graph cannot change while the process runs, so an answer stays right for as long as its scope
 * does; least recently used answers go first once `maxBytes` of bodies are held, and no one answer may take
 * more than an eighth of it.
 */
export class AnswerCache {
  private readonly entries: LRUCache<string, CachedAnswer>;

  constructor(readonly maxBytes: number) {
    this.entries = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      // Bodies are buffers of their own (apollo-handler.ts), not slices of Node's shared 8 KB pool, so
      // their length is the memory they hold.
      sizeCalculation: (answer) => answer.body.length + entryOverheadBytes,
    });
  }

  /**
   * The key of a POST body in a scope; null when the body is not a single query, carries extensions, or
   * its variables are too long to remember. Linear in the body: one serialisation and one hash.
   */
  keyOf(body: unknown, accept: string | undefined, scope: string): string | null {
    if (!isGraphQLBody(body) || hasExtensions(body)) return null;
    let variables: string | undefined;
    try {
      variables = JSON.stringify([body.operationName ?? null, body.variables ?? null]);
    } catch {
      // Nested past the stack's depth: Apollo refuses it, and a refusal is never stored.
      return null;
    }
    if (variables.length > maxVariablesLength) return null;
    return (
      createHash('sha256')
        .update(scope)
        .update('\0')
        .update(accept ?? '')
        .update('\0')
        .update(variables)
        .update('\0')
        // As UTF-16 code units: UTF-8 would turn a lone surrogate (which graphql-js refuses) into U+FFFD
        // (which it accepts), and two different texts would share a key.
        .update(body.query, 'utf16le')
        .digest('base64')
    );
  }

  get(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }

  set(key: string, answer: CachedAnswer): void {
    this.entries.set(key, answer);
  }

  /** Bytes held now, bodies and overhead. */
  get heldBytes(): number {
    return this.entries.calculatedSize;
  }

  get size(): number {
    return this.entries.size;
  }
}
