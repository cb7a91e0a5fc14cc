import { z } from 'zod';
import type { Neo4jSettings } from './store/neo4j/neo4j-client';

/** Every setting the process reads from the environment, validated once at start. */
const environment = z.object({
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
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
});

export interface Config {
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
            queryTimeoutMs: values.NEO4J_QUERY_TIMEOUT_MS,
          },
  };
}
