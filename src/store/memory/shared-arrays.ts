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

/** Whether arrays held under this property name are written once and shared (sharedProperties). */
export function isSharedProperty(name: string): boolean {
  return sharedProperties.has(name);
}

/** The table of distinct shared arrays a cache file is written with, filled as values are written. */
export class SharedArrays {
  readonly table: unknown[] = [];
  private readonly positions = new Map<string, number>();

  /** The position of an array equal to `array` in the table, which holds it from now on if none did. */
  positionOf(array: readonly unknown[]): number {
    const text = JSON.stringify(array);
    let position = this.positions.get(text);
    if (position === undefined) {
      position = this.table.length;
      this.table.push(array);
      this.positions.set(text, position);
    }
    return position;
  }

  /** `value` as JSON, each array of `sharedProperties` written as its position. */
  json(value: unknown): string {
    return JSON.stringify(value, (name: string, inner: unknown) =>
      sharedProperties.has(name) && Array.isArray(inner) ? this.positionOf(inner) : inner,
    );
  }
}

/** The table's arrays, frozen (with what they hold) before they are put back anywhere. */
export function freezeShared(shared: readonly unknown[]): void {
  for (const array of shared) deepFreeze(array);
}

/** The shared array at `position`; throws on a position the table does not hold (a damaged file). */
export function sharedAt(position: unknown, name: string, shared: readonly unknown[]): unknown {
  if (
    typeof position !== 'number' ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= shared.length
  )
    throw new Error(`shared array ${String(position)} of "${name}" is not in the cache's table`);
  return shared[position];
}

/** Puts the (already frozen) shared arrays back into `value`, in place. */
export function restoreWithin(value: unknown, shared: readonly unknown[]): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') restoreWithin(item, shared);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const name in record) {
    const inner = record[name];
    if (typeof inner === 'number' && sharedProperties.has(name)) record[name] = sharedAt(inner, name, shared);
    else if (inner !== null && typeof inner === 'object') restoreWithin(inner, shared);
  }
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
