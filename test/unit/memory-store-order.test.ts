import type { Relation } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { loadSeed } from '../../src/seed/load-seed';
import { generateSeedGraph } from '../../bench/generate-graph';
import { SeedOracle } from '../support/seed-oracle';

/**
 * The embedded store sorts each stored list on its first ordered read. A read in any order (list
 * prices, at start-up) must neither sort nor mark a list as sorted: the first ordered read after it
 * still answers in the relation's order.
 */
describe('MemoryStore: neighbours in any order, then in order', () => {
  const relations: Relation[] = ['Role.skills', 'Skill.roles', 'Role.technologies', 'Technology.roles'];

  it.each([
    ['the seed graph', () => loadSeed()],
    ['a generated 2,000-role graph', async () => generateSeedGraph(2_000, 5, 11)],
  ])('on %s, an ordered read after an unordered one is in the defined order', async (_name, graphOf) => {
    const graph = await graphOf();
    const store = new MemoryStore(graph);
    const oracle = new SeedOracle(graph);
    for (const relation of relations) {
      const slugs = oracle.ownerSlugs(relation);
      await store.neighbours(relation, slugs, 'any');
      expect(await store.neighbours(relation, slugs)).toEqual(
        slugs.map((slug) => oracle.neighbours(relation, slug)),
      );
    }
  });

  it('gives an unordered list as the links were stored, not sorted (so it did skip the work)', async () => {
    const graph = generateSeedGraph(2_000, 5, 11);
    const store = new MemoryStore(graph);
    const slugs = new SeedOracle(graph).ownerSlugs('Skill.roles');
    const unordered = await store.neighbours('Skill.roles', slugs, 'any');
    const ordered = await store.neighbours('Skill.roles', slugs);
    expect(unordered.some((list, at) => JSON.stringify(list) !== JSON.stringify(ordered[at]))).toBe(true);
  });
});
