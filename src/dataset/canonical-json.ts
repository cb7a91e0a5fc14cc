/**
 * JSON with object keys sorted and undefined members left out, so that equal values give equal text
 * whatever order their keys came in. Frozen objects (evidence, shared by many facts) are written once
 * and remembered.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const frozen = Object.isFrozen(value);
  if (frozen) {
    const known = written.get(value);
    if (known !== undefined) return known;
  }
  const text = Array.isArray(value)
    ? `[${value.map(canonicalJson).join(',')}]`
    : `{${Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
        .join(',')}}`;
  if (frozen) written.set(value, text);
  return text;
}

const written = new WeakMap<object, string>();
