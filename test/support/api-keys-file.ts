import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface IssuedKey {
  readonly name: string;
  /** The key itself, which clients send in x-api-key; the file keeps only its SHA-256. */
  readonly key: string;
  readonly points?: number;
}

/** Issues keys as an operator would: writes an API_KEYS_FILE in a temporary folder and returns its path. */
export function writeApiKeysFile(keys: readonly IssuedKey[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'careergraph-keys-')), 'api-keys.json');
  // As an operator would: any SHA-256 tool (`printf %s "$KEY" | sha256sum`) gives the same digest.
  const sha256Hex = (key: string) => createHash('sha256').update(key).digest('hex');
  const entries = keys.map(({ name, key, points }) => ({
    name,
    sha256: sha256Hex(key),
    ...(points ? { points } : {}),
  }));
  writeFileSync(file, JSON.stringify(entries, null, 2));
  return file;
}
