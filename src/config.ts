import { z } from 'zod';
import {
  defaultQueryLimits,
  defaultRateLimit,
  type QueryLimits,
  type RateLimitSettings,
} from './server/limits';
import type { Neo4jSettings } from './store/neo4j/neo4j-client';

const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** Every setting the process reads from the environment, validated once at start. */
const environment = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SEED_DIR: z.string().min(1).optional(),
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
    TRUST_PROXY: z.enum(['true', 'false']).default('false'),
    MAX_QUERY_COST: positive(defaultQueryLimits.maxCost),
    MAX_QUERY_DEPTH: positive(defaultQueryLimits.maxDepth),
    MAX_ALIASES: z.coerce.number().int().min(0).default(defaultQueryLimits.maxAliases),
    MAX_ROOT_FIELDS: positive(defaultQueryLimits.maxRootFields),
    MAX_QUERY_LENGTH: positive(defaultQueryLimits.maxQueryLength),
    OPERATION_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(600_000)
      .default(defaultQueryLimits.operationTimeoutMs),
    RATE_LIMIT_POINTS: z.coerce.number().int().min(0).default(defaultRateLimit.points),
    RATE_LIMIT_WINDOW_SECONDS: positive(defaultRateLimit.windowSeconds),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
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
  });

export interface Config {
  /** What one operation may ask: cost, depth, aliases, root fields, query length, time. */
  readonly limits: QueryLimits;
  /** Cost points per client and window; points 0 turns it off. Default 250,000 a minute, in memory. */
  readonly rateLimit: RateLimitSettings;
  /** Log level for the JSON logs. Default info. */
  readonly logLevel: string;
  /** Serve the GraphiQL playground. Default on, except with NODE_ENV=production. */
  readonly playground: boolean;
  /** Trust X-Forwarded-For (behind a load balancer) for the client address. Default false. */
  readonly trustProxy: boolean;
  /** Port to listen on. Default 4000; 0 picks a free port. */
  readonly port: number;
  /** Interface to listen on. Default 0.0.0.0 (every interface). */
  readonly host: string;
  /** production hides error details and stack traces. Default development. */
  readonly production: boolean;
  /** Folder of the seed YAML files. Default: the project's seed/. */
  readonly seedDirectory: string | undefined;
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
    introspection: values.INTROSPECTION !== 'false',
    limits: {
      maxCost: values.MAX_QUERY_COST,
      maxDepth: values.MAX_QUERY_DEPTH,
      maxAliases: values.MAX_ALIASES,
      maxRootFields: values.MAX_ROOT_FIELDS,
      maxQueryLength: values.MAX_QUERY_LENGTH,
      operationTimeoutMs: values.OPERATION_TIMEOUT_MS,
    },
    rateLimit: {
      points: values.RATE_LIMIT_POINTS,
      windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: values.REDIS_URL ?? null,
    },
    logLevel: values.LOG_LEVEL,
    playground:
      values.PLAYGROUND === undefined ? values.NODE_ENV !== 'production' : values.PLAYGROUND === 'true',
    trustProxy: values.TRUST_PROXY === 'true',
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
