/**
 * The seed cache's compaction of repeated small arrays. A graph states the same few facts again and
 * again on its nodes and links: the same sources, the same evidence (a generated 100,000-role graph
 * holds one evidence array 1.3 million times), empty alias and qualification lists. Written out one by
 * one they made the cache 2.3 times the size of the seed files and every copy a separate object in
 * memory. So the cache writes each distinct array once, in a table, and the graph refers to it by its
 * position; reading puts the table's one array back everywhere it was, shared and frozen (the graph is
 * read-only once loaded, and a frozen array says so to any code that forgets it).
 */

/** Properties whose values are small arrays that repeat across nodes and links (domain/entities.ts). */
const sharedProperties: ReadonlySet<string> = new Set([
  'sources',
  'evidence',
  'aliases',
  'aliasEvidence',
  'traits',
  'externalIds',
  'qualifications',
  'workSettings',
  'comparisons',
]);

/** A value as JSON with each repeated array of `sharedProperties` written once, in `shared`. */
export function toSharedJson(value: unknown): { readonly json: string; readonly shared: string } {
  const table: unknown[] = [];
  const positions = new Map<string, number>();
  const json = JSON.stringify(value, (name: string, inner: unknown) => {
    if (!sharedProperties.has(name) || !Array.isArray(inner)) return inner;
    const text = JSON.stringify(inner);
    let position = positions.get(text);
    if (position === undefined) {
      position = table.length;
      table.push(inner);
      positions.set(text, position);
    }
    return position;
  });
  // The table itself is written whole: arrays inside a shared array stay where they are.
  return { json, shared: JSON.stringify(table) };
}

/**
 * Puts the shared arrays back into a value parsed from `toSharedJson`'s JSON, in place. Throws on a
 * position the table does not hold (a damaged file), so the caller reads the seed instead.
 */
export function restoreSharedArrays<T>(value: T, shared: readonly unknown[]): T {
  for (const array of shared) deepFreeze(array);
  restore(value, shared);
  return value;
}

function restore(value: unknown, shared: readonly unknown[]): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') restore(item, shared);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const name in record) {
    const inner = record[name];
    if (typeof inner === 'number' && sharedProperties.has(name)) {
      if (!Number.isInteger(inner) || inner < 0 || inner >= shared.length)
        throw new Error(`shared array ${inner} of "${name}" is not in the cache's table`);
      record[name] = shared[inner];
    } else if (inner !== null && typeof inner === 'object') restore(inner, shared);
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
