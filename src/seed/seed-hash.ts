import { createHash, type Hash } from 'node:crypto';
import type { SeedGraph } from './seed-graph';

/** Feeds text to a hash in large pieces: one string for a whole large graph costs gigabytes of garbage. */
class HashWriter {
  private buffer = '';
  constructor(private readonly hash: Hash) {}

  push(text: string): void {
    this.buffer += text;
    // Flushed between tokens only, so a surrogate pair is never split across two UTF-8 encodings.
    if (this.buffer.length > 1 << 16) this.flush();
  }

  flush(): void {
    this.hash.update(this.buffer);
    this.buffer = '';
  }
}

/** Object keys sorted, per shape: the graph's many objects share a few shapes (key lists in one order). */
const sortedKeys = new Map<string, string[]>();
function sortedKeysOf(value: object): string[] {
  const keys = Object.keys(value);
  const shape = keys.join('\u0000');
  let sorted = sortedKeys.get(shape);
  if (sorted === undefined) {
    sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    // Bounded: a seed has a few dozen shapes.
    if (sortedKeys.size < 10_000) sortedKeys.set(shape, sorted);
  }
  return sorted;
}

/**
 * JSON with object keys sorted, so that equal graphs give equal text whatever order their keys came in;
 * written piece by piece into `out`. Keys whose value is undefined are left out, as JSON.stringify does.
 */
function writeCanonicalJson(value: unknown, out: HashWriter): void {
  if (Array.isArray(value)) {
    out.push('[');
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out.push(',');
      writeCanonicalJson(value[index], out);
    }
    out.push(']');
    return;
  }
  if (value !== null && typeof value === 'object') {
    out.push('{');
    let first = true;
    for (const key of sortedKeysOf(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key));
      out.push(':');
      writeCanonicalJson(item, out);
    }
    out.push('}');
    return;
  }
  out.push(JSON.stringify(value));
}

/**
 * The content hash of a seed graph (hex SHA-256): what the dataset marker records. It covers every node,
 * link and source reference, in the order the seed lists them, so any change to the data changes it.
 */
export function seedGraphHash(seed: SeedGraph): string {
  const hash = createHash('sha256');
  const writer = new HashWriter(hash);
  writeCanonicalJson(seed, writer);
  writer.flush();
  return hash.digest('hex');
}
