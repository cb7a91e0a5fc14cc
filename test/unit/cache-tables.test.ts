import { loadSeed } from '../../src/seed/load-seed';
import { tabulated, untabulated } from '../../src/store/memory/cache-tables';
import { freezeShared, SharedArrays } from '../../src/store/memory/shared-arrays';

/** Writes a graph as the seed cache does (tables, shared arrays, JSON), then reads it back. */
function roundTrip(graph: object): { json: string; read: Record<string, unknown> } {
  const arrays = new SharedArrays();
  const written = tabulated(graph, arrays);
  const json = JSON.stringify({
    shared: arrays.table,
    tables: written.tables,
    graph: JSON.parse(arrays.json(written.graph)),
  });
  const parsed = JSON.parse(json) as { shared: unknown[]; tables: string[]; graph: Record<string, unknown> };
  freezeShared(parsed.shared);
  return { json, read: untabulated(parsed.graph, parsed.tables, parsed.shared) };
}

const evidence = [{ source: 'guide', lines: { start: 3, end: 4 } }];

describe('the seed cache tables', () => {
  it('give back the seed graph to its field order', async () => {
    const seed = await loadSeed();
    const { read } = roundTrip(seed);
    expect(JSON.stringify(read)).toBe(JSON.stringify(seed));
  }, 60_000);

  it('write a collection of same-shaped objects as columns, repeated strings and arrays once', () => {
    const links = Array.from({ length: 50 }, (_, n) => ({
      role: `role-${n % 5}`,
      target: `skill-${n}`,
      importance: n % 2 === 0 ? 'CORE' : 'COMMON',
      evidence,
      experience: { min: n, max: null },
      inheritedFrom: null,
    }));
    const { json, read } = roundTrip({ release: { version: '1.0.0' }, requirements: links });
    expect(JSON.stringify(read)).toBe(JSON.stringify({ release: { version: '1.0.0' }, requirements: links }));
    // Each field name, each repeated slug and the evidence once; the unrepeated targets as they are.
    expect(json.match(/"importance"/g)).toHaveLength(1);
    expect(json.match(/"role-3"/g)).toHaveLength(1);
    expect(json.match(/"guide"/g)).toHaveLength(1);
    expect(json.match(/"skill-7"/g)).toHaveLength(1);
    // The evidence read back is one frozen array, shared by every item.
    const requirements = read.requirements as (typeof links)[number][];
    expect(requirements[0]?.evidence).toBe(requirements[49]?.evidence);
    expect(Object.isFrozen(requirements[0]?.evidence)).toBe(true);
  });

  it('leave a collection of differently shaped objects, or of other values, as it is', () => {
    const mixed = [
      { slug: 'a', evidence },
      { evidence, slug: 'b' },
    ];
    const graph = { nodes: mixed, names: ['x', 'y', 'x'], empty: [], nested: [[1], [2]] };
    const arrays = new SharedArrays();
    expect(tabulated(graph, arrays).tables).toEqual([]);
    expect(JSON.stringify(roundTrip(graph).read)).toBe(JSON.stringify(graph));
  });

  it('refuse a damaged table, so the seed is read instead', () => {
    const arrays = new SharedArrays();
    const { graph, tables } = tabulated(
      {
        links: [
          { role: 'a', evidence },
          { role: 'a', evidence },
        ],
      },
      arrays,
    );
    const parsed = JSON.parse(arrays.json(graph)) as Record<string, { columns: unknown[] }>;
    const shared = arrays.table;
    freezeShared(shared);
    const damaged = (change: (table: { columns: unknown[]; size: number }) => void) => {
      const copy = JSON.parse(JSON.stringify(parsed)) as Record<string, { columns: unknown[]; size: number }>;
      change(copy.links as { columns: unknown[]; size: number });
      return () => untabulated(copy, tables, shared);
    };
    expect(damaged(() => {})).not.toThrow();
    expect(damaged((table) => (table.size = 3))).toThrow(/not as long as its table/);
    expect(damaged((table) => table.columns.pop())).toThrow(/does not match its fields/);
    expect(damaged((table) => (table.columns[1] = { shared: [0, 9] }))).toThrow(/not in the cache's table/);
    expect(damaged((table) => (table.columns[0] = { strings: ['a'], at: [0, 4] }))).toThrow(
      /not in its column's list/,
    );
    expect(() => untabulated({ links: [1, 2] }, ['links'], shared)).toThrow(/not a table/);
  });
});
