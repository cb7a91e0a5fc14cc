import { z } from 'zod';
import { startupCacheDirectory } from './startup-cache-directory';
import {
  defaultHttpTimeouts,
  defaultQueryLimits,
  defaultRateLimit,
  refusalShare,
  exportShare,
  type HttpTimeouts,
  type QueryLimits,
  type RateLimitSettings,
} from './server/limits';
import type { Neo4jSettings } from './store/neo4j/neo4j-client';

const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);
const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);

/** Express `trust proxy` presets and addresses or CIDR ranges. */
const proxyRange = /^(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)$/;

/**
 * TRUST_PROXY: false, a hop count, or trusted proxy addresses and ranges. `true` is refused: it would
 * take the left-most X-Forwarded-For address, which the client writes itself.
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((value, context): false | number | string[] => {
    const text = value.trim();
    if (text === 'false' || text === '0') return false;
    if (/^\d+$/.test(text)) return Number(text);
    const ranges = text.split(',').map((range) => range.trim());
    if (text !== 'true' && ranges.every((range) => proxyRange.test(range))) return ranges;
    context.addIssue({
      code: 'custom',
      message:
        'must be false, a number of proxy hops (1 behind one load balancer), or trusted proxy addresses/ranges (e.g. 10.0.0.0/8,loopback); `true` would believe any client-written X-Forwarded-For',
    });
    return z.NEVER;
  });

/** Answers the embedded store's server keeps by default, in MB: the seed graph's 100-role list is 0.2 MB. */
export const defaultAnswerCacheMb = 64;

/** Every setting the process reads from the environment, validated once at start. */
const environment = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SEED_DIR: z.string().min(1).optional(),
    SEED_CACHE_DIR: z.string().min(1).optional(),
    INTROSPECTION: z.enum(['true', 'false']).optional(),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
    NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(1_000),
    NEO4J_RETRY_TIME_MS: z.coerce.number().int().min(0).max(600_000).default(500),
    NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).optional(),
    NEO4J_SEED_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(600_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
    PLAYGROUND: z.enum(['true', 'false']).optional(),
    TRUST_PROXY: trustProxy,
    API_KEYS_FILE: z.string().min(1).optional(),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    METRICS_OPERATIONS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be GraphQL operation names'))),
    MAX_QUERY_COST: positive(defaultQueryLimits.maxCost),
    MAX_QUERY_DEPTH: positive(defaultQueryLimits.maxDepth),
    MAX_ALIASES: z.coerce.number().int().min(0).default(defaultQueryLimits.maxAliases),
    MAX_ROOT_FIELDS: positive(defaultQueryLimits.maxRootFields),
    MAX_SELECTIONS: positive(defaultQueryLimits.maxSelections),
    MAX_QUERY_LENGTH: positive(defaultQueryLimits.maxQueryLength),
    OPERATION_TIMEOUT_MS: milliseconds(defaultQueryLimits.operationTimeoutMs),
    RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(defaultRateLimit.points),
    RATE_LIMIT_WINDOW_SECONDS: positive(defaultRateLimit.windowSeconds),
    RATE_LIMIT_REFUSAL_POINTS: z.coerce.number().int().min(0).optional(),
    RATE_LIMIT_EXPORT_POINTS: z.coerce.number().int().min(1).optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    HTTP_HEADERS_TIMEOUT_MS: milliseconds(defaultHttpTimeouts.headersTimeoutMs),
    HTTP_REQUEST_TIMEOUT_MS: milliseconds(defaultHttpTimeouts.requestTimeoutMs),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds(defaultHttpTimeouts.keepAliveTimeoutMs),
    LIST_PRICES_CHECK_SECONDS: z.coerce.number().int().min(0).default(60),
    ANSWER_CACHE_MB: z.coerce.number().int().min(0).max(1_048_576).optional(),
  })
  .refine(
    (values) => values.NEO4J_CONNECTION_TIMEOUT_MS + values.NEO4J_RETRY_TIME_MS < values.OPERATION_TIMEOUT_MS,
    {
      message:
        'NEO4J_CONNECTION_TIMEOUT_MS plus NEO4J_RETRY_TIME_MS must be below OPERATION_TIMEOUT_MS, or a Neo4j ' +
        'outage is answered OPERATION_TIMEOUT instead of SERVICE_UNAVAILABLE',
      path: ['NEO4J_RETRY_TIME_MS'],
    },
  )
  .refine((values) => values.RATE_LIMIT_POINTS === 0 || values.RATE_LIMIT_POINTS >= values.MAX_QUERY_COST, {
    message: 'must be 0 (off) or at least MAX_QUERY_COST, or the costliest allowed query could never run',
    path: ['RATE_LIMIT_POINTS'],
  })
  .refine(
    (values) =>
      values.RATE_LIMIT_POINTS === 0 ||
      values.RATE_LIMIT_REFUSAL_POINTS === undefined ||
      values.RATE_LIMIT_REFUSAL_POINTS <= values.RATE_LIMIT_POINTS,
    { message: 'must be at most RATE_LIMIT_POINTS', path: ['RATE_LIMIT_REFUSAL_POINTS'] },
  )
  .refine(
    (values) =>
      values.RATE_LIMIT_POINTS === 0 ||
      values.RATE_LIMIT_EXPORT_POINTS === undefined ||
      values.RATE_LIMIT_EXPORT_POINTS <= values.RATE_LIMIT_POINTS,
    {
      message: 'must be at most RATE_LIMIT_POINTS, or no client could ever download an export',
      path: ['RATE_LIMIT_EXPORT_POINTS'],
    },
  )
  .refine((values) => values.NEO4J_URI === undefined || !values.ANSWER_CACHE_MB, {
    message:
      'must be 0 or unset with NEO4J_URI: answers are kept only from the embedded store, whose graph cannot change while it runs (Neo4j can be reseeded under a running API)',
    path: ['ANSWER_CACHE_MB'],
  })
  .refine((values) => values.HTTP_HEADERS_TIMEOUT_MS <= values.HTTP_REQUEST_TIMEOUT_MS, {
    message: 'must be at most HTTP_REQUEST_TIMEOUT_MS (the whole request includes its headers)',
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
  });

export interface Config {
  /** What one operation may ask: cost, depth, aliases, root fields, selections, query length, time. */
  readonly limits: QueryLimits;
  /** Cost points per client and window; points 0 turns it off. Default 250,000 a minute, in memory. */
  readonly rateLimit: RateLimitSettings;
  /** File of issued API keys (hashes, names, points); unset: no key is valid, every client is its address. */
  readonly apiKeysFile: string | undefined;
  /** Log level for the JSON logs. Default info. */
  readonly logLevel: string;
  /** Serve the GraphiQL playground. Default on, except with NODE_ENV=production. */
  readonly playground: boolean;
  /** Which proxies' X-Forwarded-For to believe: a hop count or addresses/ranges. Default false (none). */
  readonly trustProxy: false | number | readonly string[];
  /** Port to listen on. Default 4000; 0 picks a free port. */
  readonly port: number;
  /** Interface to listen on. Default 0.0.0.0 (every interface). */
  readonly host: string;
  /** Where GET /metrics is served. Default port 9464 on 127.0.0.1 only; port 0 picks a free port. */
  readonly metrics: { readonly port: number; readonly host: string; readonly operations: readonly string[] };
  /** Time limits of slow HTTP clients. */
  readonly httpTimeouts: HttpTimeouts;
  /** How often to ask Neo4j which dataset it serves, to price lists anew after a reseed (0: never). Default 60 s. */
  readonly listPricesCheckSeconds: number;
  /**
   * Bytes of successful answers the embedded store's server keeps and sends again to the same query
   * (ANSWER_CACHE_MB, default 64 MB; 0 turns it off). Always 0 on Neo4j.
   */
  readonly answerCacheBytes: number;
  /** production hides error details and stack traces. Default development. */
  readonly production: boolean;
  /** Folder of the seed YAML files. Default: the project's seed/. */
  readonly seedDirectory: string | undefined;
  /**
   * Where the embedded store keeps the checked seed between starts (store/memory/seed-cache.ts). Default
   * node_modules/.cache/careergraph in the project; SEED_CACHE_DIR=off keeps none.
   */
  readonly seedCacheDirectory: string | null;
  /** Whether clients may introspect the schema. Default true: this is a public knowledge API. */
  readonly introspection: boolean;
  /** Neo4j connection; null (the default) serves the embedded store. */
  readonly neo4j: Neo4jSettings | null;
  /**
   * Time limit of the one transaction `npm run seed` (and `migrate`) writes in, in ms. A batch job,
   * not a request: the per-request NEO4J_QUERY_TIMEOUT_MS would cut a large seed off. Default 10 min.
   */
  readonly neo4jSeedTimeoutMs: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    host: values.HOST,
    production: values.NODE_ENV === 'production',
    seedDirectory: values.SEED_DIR,
    seedCacheDirectory: startupCacheDirectory(values.SEED_CACHE_DIR),
    introspection: values.INTROSPECTION !== 'false',
    limits: {
      maxCost: values.MAX_QUERY_COST,
      maxDepth: values.MAX_QUERY_DEPTH,
      maxAliases: values.MAX_ALIASES,
      maxRootFields: values.MAX_ROOT_FIELDS,
      maxSelections: values.MAX_SELECTIONS,
      maxQueryLength: values.MAX_QUERY_LENGTH,
      operationTimeoutMs: values.OPERATION_TIMEOUT_MS,
    },
    rateLimit: {
      points: values.RATE_LIMIT_POINTS,
      windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
      refusalPoints: values.RATE_LIMIT_REFUSAL_POINTS ?? Math.ceil(values.RATE_LIMIT_POINTS / refusalShare),
      exportPoints: values.RATE_LIMIT_EXPORT_POINTS ?? Math.ceil(values.RATE_LIMIT_POINTS / exportShare),
      redisUrl: values.REDIS_URL ?? null,
    },
    apiKeysFile: values.API_KEYS_FILE,
    logLevel: values.LOG_LEVEL,
    playground:
      values.PLAYGROUND === undefined ? values.NODE_ENV !== 'production' : values.PLAYGROUND === 'true',
    trustProxy: values.TRUST_PROXY,
    metrics: { port: values.METRICS_PORT, host: values.METRICS_HOST, operations: values.METRICS_OPERATIONS },
    httpTimeouts: {
      headersTimeoutMs: values.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: values.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: values.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    },
    // The embedded store's graph cannot change while it runs; a Neo4j database can be reseeded.
    listPricesCheckSeconds: values.NEO4J_URI === undefined ? 0 : values.LIST_PRICES_CHECK_SECONDS,
    answerCacheBytes:
      values.NEO4J_URI === undefined ? (values.ANSWER_CACHE_MB ?? defaultAnswerCacheMb) * 1024 * 1024 : 0,
    neo4j:
      values.NEO4J_URI === undefined
        ? null
        : {
            uri: values.NEO4J_URI,
            user: values.NEO4J_USER,
            password: values.NEO4J_PASSWORD,
            database: values.NEO4J_DATABASE,
            maxPoolSize: values.NEO4J_MAX_POOL_SIZE,
            connectionTimeoutMs: values.NEO4J_CONNECTION_TIMEOUT_MS,
            retryTimeMs: values.NEO4J_RETRY_TIME_MS,
            // By default Neo4j ends a transaction when the operation's deadline passes.
            queryTimeoutMs: values.NEO4J_QUERY_TIMEOUT_MS ?? values.OPERATION_TIMEOUT_MS,
          },
    neo4jSeedTimeoutMs: values.NEO4J_SEED_TIMEOUT_MS,
  };
}
