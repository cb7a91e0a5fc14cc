import fc from 'fast-check';
import { findRelatedRoles, RelatedRolesIndex, type RoleProfile } from '../../src/domain/similarity';
import { TopRanked } from '../../src/domain/top-ranked';
import { generateSeedGraph } from '../../bench/generate-graph';

/**
 * The concept of each skill and technology (domain/same-concept.ts): s0 and s1 are one concept, s3 and
 * t3 one, s5 and t0 one (a skill crosswalked to a technology), the rest their own.
 */
const conceptOf: Record<string, string> = {
  s0: 'k0',
  s1: 'k0',
  s2: 'k1',
  s3: 'k2',
  s4: 'k3',
  s5: 'k4',
  t0: 'k4',
  t1: 'k5',
  t2: 'k6',
  t3: 'k2',
};

/**
 * Small random role sets on a few skills and technologies, so that roles share features often; the
 * transition partners may be one-sided, name the role itself or a role that does not exist.
 */
const profileSets = fc
  .integer({ min: 1, max: 12 })
  .chain((count) => {
    const slugs = Array.from({ length: count }, (_, i) => `r${i}`);
    const profile = (slug: string) =>
      fc.record({
        slug: fc.constant(slug),
        skills: fc
          .uniqueArray(
            fc.record({
              slug: fc.constantFrom('s0', 's1', 's2', 's3', 's4', 's5'),
              importance: fc.constantFrom('CORE' as const, 'PREFERRED' as const, 'INTERVIEW' as const),
            }),
            { maxLength: 5, selector: (skill) => skill.slug },
          )
          .map((skills) => skills.map((skill) => ({ ...skill, concept: conceptOf[skill.slug] as string }))),
        technologies: fc
          .uniqueArray(
            fc.record({
              slug: fc.constantFrom('t0', 't1', 't2', 't3'),
              importance: fc.constantFrom('CORE' as const, 'COMMON' as const, 'TREND' as const),
            }),
            { maxLength: 3, selector: (technology) => technology.slug },
          )
          .map((technologies) => technologies.map((t) => ({ ...t, concept: conceptOf[t.slug] as string }))),
        transitionPartners: fc.uniqueArray(fc.constantFrom(...slugs, 'ghost'), { maxLength: 3 }),
      });
    return fc.tuple(...slugs.map(profile));
  })
  .map((profiles): RoleProfile[] => profiles);

describe('RelatedRolesIndex', () => {
  it('answers what the brute-force findRelatedRoles answers, for every role and several limits', () => {
    fc.assert(
      fc.property(profileSets, fc.integer({ min: 1, max: 14 }), (profiles, first) => {
        const index = new RelatedRolesIndex(profiles);
        for (const { slug } of profiles)
          expect(index.related(slug, first)).toEqual(findRelatedRoles(slug, profiles, first));
      }),
      { numRuns: 300 },
    );
  });

  it('answers what findRelatedRoles answers on a generated 500-role graph', () => {
    const seed = generateSeedGraph(500, 5, 3);
    const profiles: RoleProfile[] = seed.roles.map((role) => ({
      slug: role.slug,
      skills: seed.requirements
        .filter((r) => r.role === role.slug)
        .map((r) => ({ slug: r.target, importance: r.importance, concept: `Skill:${r.target}` })),
      technologies: seed.roleTechnologies
        .filter((l) => l.role === role.slug)
        .map((l) => ({ slug: l.target, importance: l.importance, concept: `Technology:${l.target}` })),
      transitionPartners: seed.transitions.flatMap((t) =>
        t.from === role.slug ? [t.to] : t.to === role.slug ? [t.from] : [],
      ),
    }));
    const index = new RelatedRolesIndex(profiles);
    for (const { slug } of profiles.slice(0, 100))
      expect(index.related(slug, 20)).toEqual(findRelatedRoles(slug, profiles, 20));
  });

  it('answers nothing for an unknown slug', () => {
    expect(new RelatedRolesIndex([]).related('astronaut', 5)).toEqual([]);
  });
});

describe('TopRanked', () => {
  it('keeps what a full sort and slice keep', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (xs, size) => {
          const top = new TopRanked<number>(size, (a, b) => b - a);
          for (const x of xs) top.offer(x);
          expect(top.items()).toEqual([...xs].sort((a, b) => b - a).slice(0, size));
        },
      ),
    );
  });
});
