import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { roleSkillGap } from '../../src/services/skill-gap.service';
import { MemoryStore } from '../../src/store/memory/memory-store';

let seed: SeedGraph;
let store: MemoryStore;
beforeAll(async () => {
  seed = await loadSeed();
  store = new MemoryStore(seed);
});

/** Every skill learnt before `slug`, following PREREQUISITE_OF transitively. */
function ancestors(slug: string): Set<string> {
  const found = new Set<string>();
  const stack = [slug];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const link of seed.prerequisites) {
      if (link.to === current && !found.has(link.from)) {
        found.add(link.from);
        stack.push(link.from);
      }
    }
  }
  return found;
}

describe('skillGap on the seed graph, for every pair of roles', () => {
  it('never puts a skill before one of its prerequisites, and orders exactly the missing skills', async () => {
    let pairs = 0;
    let ordered = 0;
    for (const from of seed.roles) {
      for (const to of seed.roles) {
        if (from.slug === to.slug) continue;
        const gap = await roleSkillGap(store, from.slug, to.slug);
        const order = gap.learningOrder.map((skill) => skill.slug);
        expect([...order].sort()).toEqual(gap.missing.map((link) => link.skill.slug).sort());
        order.forEach((skill, position) => {
          for (const before of ancestors(skill)) {
            const at = order.indexOf(before);
            if (at >= 0) {
              expect(at).toBeLessThan(position);
              ordered++;
            }
          }
        });
        // missing and shared split the target's requirements.
        const required = seed.requirements.filter((r) => r.role === to.slug).map((r) => r.target);
        expect([...order, ...gap.shared.map((s) => s.slug)].sort()).toEqual([...required].sort());
        pairs++;
      }
    }
    expect(pairs).toBe(seed.roles.length * (seed.roles.length - 1));
    // The check above must have had prerequisite pairs to check, or it proved nothing.
    expect(ordered).toBeGreaterThan(10);
  });
});
