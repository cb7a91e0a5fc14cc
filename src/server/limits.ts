/** What one operation may ask of the server. Every limit is set in config.ts from the environment. */
export interface QueryLimits {
  /** Highest query cost (server/cost/cost-walk.ts). Default 25,000. */
  readonly maxCost: number;
  /** Deepest nesting of fields. Default 10. */
  readonly maxDepth: number;
  /** Most aliased fields in one operation. Default 30. */
  readonly maxAliases: number;
  /** Most fields at the root of one operation. Default 15. */
  readonly maxRootFields: number;
  /** Most selections in one operation, counting each use of a fragment. Default 1,000. */
  readonly maxSelections: number;
  /** Longest query text, in characters. Default 20,000. */
  readonly maxQueryLength: number;
  /** Time one operation may take before it is answered with OPERATION_TIMEOUT, in ms. Default 5,000. */
  readonly operationTimeoutMs: number;
}

export interface RateLimitSettings {
  /** Cost points each client may spend per window. Default 250,000 (ten of the costliest queries a minute). 0 turns rate limiting off. */
  readonly points: number;
  /** Window length in seconds. Default 60. */
  readonly windowSeconds: number;
  /** Points a refused request costs (too costly, too deep, invalid, ...). Default points / 250 (1,000). */
  readonly refusalPoints: number;
  /** Points a download of GET /export/<format> costs. Default points / 5 (50,000): five a window. */
  readonly exportPoints?: number;
  /** redis:// URL to share the buckets between API instances; unset keeps them in this process. */
  readonly redisUrl: string | null;
}

export const defaultQueryLimits: QueryLimits = {
  maxCost: 25_000,
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 15,
  maxSelections: 1_000,
  maxQueryLength: 20_000,
  operationTimeoutMs: 5000,
};

/** How deep an introspection-only operation may nest: enough for GraphiQL's and codegen's schema queries. */
export const introspectionDepth = 20;

/**
 * Most fields that may land on one place of the answer (the same response key, through fragments).
 * Fragments that each select `id` and `name` repeat them a few times; graphql-js's check that repeated
 * fields merge compares every two of them, so hundreds would cost it seconds.
 */
export const maxRepeatedFields = 25;

/** A download of the whole dataset costs this share of a bucket by default: five empty it. */
export const exportShare = 5;

/** A refusal costs this share of a bucket by default: 250 refusals empty it. */
export const refusalShare = 250;

export const defaultRateLimit: RateLimitSettings = {
  points: 250_000,
  windowSeconds: 60,
  refusalPoints: 250_000 / refusalShare,
  exportPoints: 250_000 / exportShare,
  redisUrl: null,
};

/** Largest request body, in bytes: a query of maxQueryLength characters plus generous variables. */
export const maxBodyBytes = 100_000;

/** Time limits of the HTTP connection itself, before any GraphQL is read. */
export interface HttpTimeouts {
  /** Time a client may take to send its request headers. Default 10,000 ms. */
  readonly headersTimeoutMs: number;
  /** Time a client may take to send its whole request (headers and body). Default 30,000 ms. */
  readonly requestTimeoutMs: number;
  /** Time an idle keep-alive connection stays open. Default 5,000 ms. */
  readonly keepAliveTimeoutMs: number;
}

export const defaultHttpTimeouts: HttpTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};
