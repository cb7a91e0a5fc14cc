import { isSharedProperty, restoreWithin, sharedAt, type SharedArrays } from './shared-arrays';

/**
 * The seed cache's tables. A graph's large collections are lists of objects with the same fields in the
 * same order (half a million requirements at 100,000 roles), and written as objects every field name
 * was written again for every item: most of a 176 MB file, which JSON.parse took 1.8 s to read. A
 * collection whose items all have one field list is written as a table instead, one column per field:
 *
 * - a column of strings that repeat (role slugs, importance grades) as its distinct strings and, per item,
 *   a position among them;
 * - a column of shared arrays (shared-arrays.ts: evidence, sources, ...) as table positions;
 * - any other column as its values.
 *
 * Reading makes each item again with its fields in the written order, so the graph is the one written,
 * to its field order (test/unit/cache-tables.test.ts).
 */
interface Table {
  readonly table: readonly string[];
  readonly size: number;
  readonly columns: readonly Column[];
}

type Column =
  | { readonly values: readonly unknown[] }
  | { readonly strings: readonly string[]; readonly at: readonly number[] }
  | { readonly shared: readonly number[] };

/**
 * The graph with each collection of same-shaped objects as a table (their names in `tables`), other
 * values as they are.
 */
export function tabulated(
  graph: object,
  arrays: SharedArrays,
): { readonly graph: Record<string, unknown>; readonly tables: readonly string[] } {
  const written: Record<string, unknown> = {};
  const tables: string[] = [];
  for (const [name, value] of Object.entries(graph)) {
    const table = tableOf(value, arrays);
    if (table !== null) tables.push(name);
    written[name] = table ?? value;
  }
  return { graph: written, tables };
}

/**
 * The graph read back from `tabulated`'s output, parsed, with its shared arrays (frozen already) put
 * back, in place. Throws on anything a table cannot hold (a damaged file), so the caller reads the seed.
 */
export function untabulated(
  parsed: Record<string, unknown>,
  tables: readonly string[],
  shared: readonly unknown[],
): Record<string, unknown> {
  const tableNames = new Set(tables);
  for (const [name, value] of Object.entries(parsed)) {
    if (!tableNames.has(name)) restoreWithin(value, shared);
    else if (isTable(value)) parsed[name] = rowsOf(value, shared);
    else throw new Error(`"${name}" is not a table, as the cache says it is`);
  }
  return parsed;
}

function tableOf(value: unknown, arrays: SharedArrays): Table | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const items = value as unknown[];
  const first = items[0];
  if (!isRecord(first)) return null;
  const fields = Object.keys(first);
  const sameFields = (item: unknown) => {
    if (!isRecord(item)) return false;
    const own = Object.keys(item);
    return own.length === fields.length && own.every((field, index) => field === fields[index]);
  };
  if (!items.every(sameFields)) return null;
  const columns = fields.map((field): Column => {
    const values = items.map((item) => (item as Record<string, unknown>)[field]);
    if (isSharedProperty(field) && values.every(Array.isArray))
      return { shared: values.map((array) => arrays.positionOf(array as unknown[])) };
    if (values.every((inner) => typeof inner === 'string')) {
      const distinct = [...new Set(values as string[])];
      if (distinct.length * 2 <= values.length) {
        const positions = new Map(distinct.map((text, position) => [text, position]));
        return { strings: distinct, at: values.map((text) => positions.get(text as string) as number) };
      }
    }
    return { values };
  });
  return { table: fields, size: items.length, columns };
}

function rowsOf(table: Table, shared: readonly unknown[]): Record<string, unknown>[] {
  const { table: fields, size, columns } = table;
  if (!Number.isInteger(size) || size < 0 || columns.length !== fields.length)
    throw new Error('a table of the cache does not match its fields');
  for (const column of columns) {
    const length =
      'values' in column ? column.values.length : 'at' in column ? column.at.length : column.shared.length;
    if (length !== size) throw new Error('a column of the cache is not as long as its table');
  }
  const rows = new Array<Record<string, unknown>>(size);
  for (let row = 0; row < size; row++) {
    const item: Record<string, unknown> = {};
    for (let index = 0; index < fields.length; index++) {
      const field = fields[index] as string;
      const column = columns[index] as Column;
      let value: unknown;
      if ('at' in column) {
        value = column.strings[column.at[row] as number];
        if (value === undefined) throw new Error(`a string of "${field}" is not in its column's list`);
      } else if ('shared' in column) value = sharedAt(column.shared[row], field, shared);
      else {
        value = column.values[row];
        if (value !== null && typeof value === 'object') restoreWithin(value, shared);
      }
      item[field] = value;
    }
    rows[row] = item;
  }
  return rows;
}

function isTable(value: unknown): value is Table {
  return (
    isRecord(value) &&
    Array.isArray(value.table) &&
    Array.isArray(value.columns) &&
    typeof value.size === 'number'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
