/** What one operation may ask of the server. Every limit is set in config.ts from the environment. */
export interface QueryLimits {
  /** Highest query cost (api/common/complexity.ts). Default 25,000: every role with its skills, their technologies and sources costs about 17,000. */
  readonly maxCost: number;
  /** Deepest nesting of fields. Default 10. */
  readonly maxDepth: number;
  /** Most aliased fields in one operation. Default 30. */
  readonly maxAliases: number;
  /** Most fields at the root of one operation. Default 15. */
  readonly maxRootFields: number;
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
  /** redis:// URL to share the buckets between API instances; unset keeps them in this process. */
  readonly redisUrl: string | null;
}

export const defaultQueryLimits: QueryLimits = {
  maxCost: 25_000,
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 15,
  maxQueryLength: 20_000,
  operationTimeoutMs: 5000,
};

export const defaultRateLimit: RateLimitSettings = { points: 250_000, windowSeconds: 60, redisUrl: null };

/** Largest request body, in bytes: a query of maxQueryLength characters plus generous variables. */
export const maxBodyBytes = 100_000;
