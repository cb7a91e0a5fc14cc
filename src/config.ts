import { z } from 'zod';

/** Every setting the process reads from the environment, validated once at start. */
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  SEED_DIR: z.string().min(1).optional(),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
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
  };
}
