import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface ApiKey {
  /** Names the client in logs and in its bucket. */
  readonly name: string;
  /** Points per rate-limit window; the default RATE_LIMIT_POINTS when absent. */
  readonly points?: number;
}

const fileSchema = z
  .array(
    z.object({
      name: z.string().regex(/^[\w.-]{1,64}$/, 'a name of 1 to 64 letters, digits, ".", "_" or "-"'),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the key, as 64 lowercase hexadecimal digits'),
      points: z.number().int().min(1).optional(),
    }),
  )
  .superRefine((keys, context) => {
    const seen = new Set<string>();
    for (const [index, key] of keys.entries()) {
      for (const value of [`name ${key.name}`, `sha256 ${key.sha256}`]) {
        if (seen.has(value))
          context.addIssue({ code: 'custom', path: [index], message: `duplicate ${value}` });
        seen.add(value);
      }
    }
  });

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The API keys an operator issued. The file holds each key's SHA-256, never the key, so reading it
 * gives nobody a key; a presented key is hashed and looked up.
 */
export class ApiKeys {
  private readonly byHash: ReadonlyMap<string, ApiKey>;

  constructor(entries: readonly (ApiKey & { readonly sha256: string })[]) {
    this.byHash = new Map(entries.map(({ sha256, ...key }) => [sha256, key]));
  }

  get size(): number {
    return this.byHash.size;
  }

  find(presented: string): ApiKey | undefined {
    return this.byHash.get(sha256Hex(presented));
  }
}

/** Reads API_KEYS_FILE: a JSON array of `{ "name", "sha256", "points"? }`. Throws, naming the problem. */
export function readApiKeys(file: string): ApiKeys {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`API_KEYS_FILE ${file} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`API_KEYS_FILE ${file}:\n  - ${problems.join('\n  - ')}`);
  }
  return new ApiKeys(parsed.data);
}
