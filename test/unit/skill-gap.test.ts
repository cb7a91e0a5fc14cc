import fc from 'fast-check';
import type { RoleEntity, RoleSkillLink, SkillEntity } from '../../src/domain/entities';
import type { Importance } from '../../src/domain/enums';
import { computeSkillGap, orderForLearning, type PrerequisitePair } from '../../src/domain/skill-gap';

const sourced = {
  sources: ['test-source'],
  evidence: [
    {
      source: 'test-source',
      lines: { start: 1, end: 1 },
      uri: null,
      basis: 'STATED',
      note: null,
      about: null,
    },
  ],
} as const;

function role(slug: string, name = slug): RoleEntity {
  return {
    slug,
    name,
    aliases: [],
    description: null,
    family: 'BACKEND',
    seniority: 'SENIOR',
    track: 'INDIVIDUAL_CONTRIBUTOR',
    experience: null,
    occupation: null,
    externalIds: [],
    qualifications: [],
    workSettings: [],
    comparisons: [],
    aliasEvidence: [],
    ...sourced,
  };
}

function skill(slug: string, name = slug): SkillEntity {
  return {
    slug,
    name,
    aliases: [],
    category: 'PROGRAMMING',
    description: null,
    skillType: null,
    externalIds: [],
    aliasEvidence: [],
    ...sourced,
  };
}

const targetRole = role('target-role', 'Target Role');

function link(skillSlug: string, importance: Importance, name?: string): RoleSkillLink {
  return {
    role: targetRole,
    skill: skill(skillSlug, name ?? skillSlug),
    importance,
    inheritedFrom: null,
    ...sourced,
  };
}

const slugs = (skills: readonly { slug: string }[]): string[] => skills.map((s) => s.slug);
const linkSlugs = (links: readonly RoleSkillLink[]): string[] => links.map((l) => l.skill.slug);

describe('computeSkillGap', () => {
  it('lists as missing exactly the target skills not in `have`, CORE before PREFERRED, then by name', () => {
    const target = [
      link('zeta', 'PREFERRED', 'Zeta'),
      link('alpha', 'PREFERRED', 'Alpha'),
      link('mu', 'CORE', 'Mu'),
      link('beta', 'CORE', 'beta'),
      link('known', 'CORE', 'Known'),
      link('delta', 'CORE', 'Delta'),
    ];
    const result = computeSkillGap(new Set(['known', 'unrelated']), target, []);
    expect(linkSlugs(result.missing)).toEqual(['beta', 'delta', 'mu', 'alpha', 'zeta']);
    expect(result.missing.map((l) => l.importance)).toEqual([
      'CORE',
      'CORE',
      'CORE',
      'PREFERRED',
      'PREFERRED',
    ]);
  });

  it('compares names case-insensitively when ordering missing skills', () => {
    const target = [link('b', 'CORE', 'banana'), link('a', 'CORE', 'Apple'), link('c', 'CORE', 'Cherry')];
    const result = computeSkillGap(new Set(), target, []);
    expect(linkSlugs(result.missing)).toEqual(['a', 'b', 'c']);
  });

  it('lists shared skills (in both `have` and the target) sorted by name', () => {
    const target = [
      link('go', 'CORE', 'Go'),
      link('sql', 'PREFERRED', 'SQL'),
      link('bash', 'CORE', 'Bash'),
      link('rust', 'CORE', 'Rust'),
    ];
    const result = computeSkillGap(new Set(['sql', 'go', 'bash', 'cobol']), target, []);
    expect(slugs(result.shared)).toEqual(['bash', 'go', 'sql']);
    expect(linkSlugs(result.missing)).toEqual(['rust']);
  });

  it('has nothing missing and an empty learning order when every target skill is held', () => {
    const target = [link('a', 'CORE'), link('b', 'PREFERRED')];
    const result = computeSkillGap(new Set(['a', 'b']), target, [{ from: 'a', to: 'b' }]);
    expect(result.missing).toEqual([]);
    expect(result.learningOrder).toEqual([]);
    expect(slugs(result.shared)).toEqual(['a', 'b']);
  });

  it('orders learning so that a direct prerequisite comes first', () => {
    // "a-advanced" would come first by name, but builds on "z-basics".
    const target = [link('a-advanced', 'CORE', 'A Advanced'), link('z-basics', 'CORE', 'Z Basics')];
    const result = computeSkillGap(new Set(), target, [{ from: 'z-basics', to: 'a-advanced' }]);
    expect(slugs(result.learningOrder)).toEqual(['z-basics', 'a-advanced']);
  });

  it('lets a PREFERRED prerequisite come before the CORE skill that builds on it', () => {
    const target = [link('core-skill', 'CORE', 'Core Skill'), link('pref-skill', 'PREFERRED', 'Pref Skill')];
    const result = computeSkillGap(new Set(), target, [{ from: 'pref-skill', to: 'core-skill' }]);
    expect(slugs(result.learningOrder)).toEqual(['pref-skill', 'core-skill']);
  });
});

describe('orderForLearning', () => {
  it('respects prerequisites through a skill outside the gap (A -> X -> C: A before C)', () => {
    // X is neither missing nor shared; C would come first by importance and name if the chain were ignored.
    const missing = [link('a', 'PREFERRED', 'Zz A'), link('c', 'CORE', 'Aa C')];
    const prerequisites: PrerequisitePair[] = [
      { from: 'a', to: 'x' },
      { from: 'x', to: 'c' },
    ];
    expect(slugs(orderForLearning(missing, prerequisites))).toEqual(['a', 'c']);
  });

  it('respects prerequisites through a chain of several skills outside the gap', () => {
    const missing = [link('c', 'CORE', 'C'), link('a', 'PREFERRED', 'A'), link('b', 'CORE', 'B')];
    const prerequisites: PrerequisitePair[] = [
      { from: 'x2', to: 'c' },
      { from: 'x1', to: 'x2' },
      { from: 'a', to: 'x1' },
    ];
    // b is free and CORE; a must precede c.
    expect(slugs(orderForLearning(missing, prerequisites))).toEqual(['b', 'a', 'c']);
  });

  it('puts CORE before PREFERRED, then orders by name, where the order is free', () => {
    const missing = [
      link('p2', 'PREFERRED', 'Beta'),
      link('c2', 'CORE', 'Delta'),
      link('p1', 'PREFERRED', 'Alpha'),
      link('c1', 'CORE', 'Gamma'),
    ];
    expect(slugs(orderForLearning(missing, []))).toEqual(['c2', 'c1', 'p1', 'p2']);
  });

  it('among skills that become free, picks CORE before PREFERRED', () => {
    // root unlocks both; the CORE one follows it even though the PREFERRED one sorts first by name.
    const missing = [
      link('root', 'CORE', 'Root'),
      link('pref', 'PREFERRED', 'Aaa'),
      link('core', 'CORE', 'Zzz'),
    ];
    const prerequisites: PrerequisitePair[] = [
      { from: 'root', to: 'pref' },
      { from: 'root', to: 'core' },
    ];
    expect(slugs(orderForLearning(missing, prerequisites))).toEqual(['root', 'core', 'pref']);
  });

  it('ignores prerequisites between skills that are not missing', () => {
    const missing = [link('b', 'CORE', 'B'), link('a', 'CORE', 'A')];
    const prerequisites: PrerequisitePair[] = [
      { from: 'x', to: 'y' },
      { from: 'y', to: 'z' },
    ];
    expect(slugs(orderForLearning(missing, prerequisites))).toEqual(['a', 'b']);
  });

  describe('property: random prerequisite DAGs', () => {
    const SKILLS = 10;
    const skillSlug = (i: number) => `s${i}`;
    // Names run against slug order, so a test that confuses the two fails.
    const skillName = (i: number) => `Skill ${String.fromCharCode(90 - i)}`;

    interface Case {
      readonly edges: readonly PrerequisitePair[];
      readonly have: ReadonlySet<string>;
      readonly target: readonly RoleSkillLink[];
    }

    const caseArb: fc.Arbitrary<Case> = fc
      .tuple(
        // Edges only from a lower to a higher index, so the graph is acyclic.
        fc.uniqueArray(
          fc
            .tuple(fc.integer({ min: 0, max: SKILLS - 1 }), fc.integer({ min: 0, max: SKILLS - 1 }))
            .filter(([a, b]) => a < b),
          { selector: ([a, b]) => `${a}-${b}`, maxLength: 25 },
        ),
        fc.subarray(Array.from({ length: SKILLS }, (_, i) => i)),
        fc.array(fc.constantFrom<Importance | null>(null, 'CORE', 'PREFERRED'), {
          minLength: SKILLS,
          maxLength: SKILLS,
        }),
      )
      .map(([pairs, held, importances]) => ({
        edges: pairs.map(([a, b]) => ({ from: skillSlug(a), to: skillSlug(b) })),
        have: new Set(held.map(skillSlug)),
        target: importances.flatMap((importance, i) =>
          importance === null ? [] : [link(skillSlug(i), importance, skillName(i))],
        ),
      }));

    function ancestorsOf(slug: string, edges: readonly PrerequisitePair[]): Set<string> {
      const found = new Set<string>();
      const stack = [slug];
      while (stack.length > 0) {
        const current = stack.pop() as string;
        for (const edge of edges) {
          if (edge.to === current && !found.has(edge.from)) {
            found.add(edge.from);
            stack.push(edge.from);
          }
        }
      }
      return found;
    }

    it('learningOrder holds each missing skill exactly once, never before a missing ancestor', () => {
      fc.assert(
        fc.property(caseArb, ({ edges, have, target }) => {
          const result = computeSkillGap(have, target, edges);
          const expectedMissing = target.filter((l) => !have.has(l.skill.slug)).map((l) => l.skill.slug);
          const order = slugs(result.learningOrder);

          expect([...order].sort()).toEqual([...expectedMissing].sort());
          expect(new Set(order).size).toBe(order.length);
          expect([...linkSlugs(result.missing)].sort()).toEqual([...expectedMissing].sort());

          order.forEach((slug, position) => {
            for (const ancestor of ancestorsOf(slug, edges)) {
              const ancestorPosition = order.indexOf(ancestor);
              if (ancestorPosition !== -1) expect(ancestorPosition).toBeLessThan(position);
            }
          });
        }),
        { numRuns: 300 },
      );
    });

    it('learningOrder always picks the first free skill by CORE-then-name', () => {
      const rank = (l: RoleSkillLink) =>
        `${l.importance === 'CORE' ? 0 : 1}|${l.skill.name.toLowerCase()}|${l.skill.slug}`;
      fc.assert(
        fc.property(caseArb, ({ edges, have, target }) => {
          const missing = target.filter((l) => !have.has(l.skill.slug));
          const missingSlugs = new Set(linkSlugs(missing));
          const order = slugs(orderForLearning(missing, edges));
          const placed = new Set<string>();
          for (const slug of order) {
            const free = missing.filter(
              (l) =>
                !placed.has(l.skill.slug) &&
                [...ancestorsOf(l.skill.slug, edges)].every((a) => !missingSlugs.has(a) || placed.has(a)),
            );
            const best = free.reduce<RoleSkillLink | undefined>(
              (min, l) => (min === undefined || rank(l) < rank(min) ? l : min),
              undefined,
            );
            expect(slug).toBe(best?.skill.slug);
            placed.add(slug);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
