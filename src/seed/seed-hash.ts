import { createHash } from 'node:crypto';
import type { SeedGraph } from './seed-graph';

/** JSON with object keys sorted, so that equal graphs give equal text whatever order their keys came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The content hash of a seed graph (hex SHA-256): what the dataset marker records. It covers every node,
 * link and source reference, in the order the seed lists them, so any change to the data changes it.
 */
export function seedGraphHash(seed: SeedGraph): string {
  return createHash('sha256').update(canonicalJson(seed)).digest('hex');
}
