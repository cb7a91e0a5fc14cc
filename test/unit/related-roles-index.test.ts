import fc from 'fast-check';
import { RelatedRolesIndex } from '../../src/domain/related-roles-index';
import {
  findRelatedRoles,
  type ProfileFeature,
  type RelatedRoleResult,
  type RoleProfile,
} from '../../src/domain/similarity';
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

/** A role requiring each listed skill (its own concept unless `skill=concept`), with no transitions. */
function role(
  slug: string,
  skills: Record<string, ProfileFeature['importance']>,
  partners: string[] = [],
): RoleProfile {
  return {
    slug,
    skills: Object.entries(skills).map(([name, importance]) => {
      const [skill, concept] = name.split('=') as [string, string | undefined];
      return { slug: skill, importance, concept: concept ?? skill };
    }),
    technologies: [],
    transitionPartners: partners,
  };
}

/** Every role of a generated graph with its requirements and technologies, each its own concept. */
function generatedProfiles(roleCount: number, seed: number): RoleProfile[] {
  const graph = generateSeedGraph(roleCount, 5, seed);
  const profiles = new Map<
    string,
    RoleProfile & { skills: ProfileFeature[]; technologies: ProfileFeature[] }
  >(graph.roles.map((r) => [r.slug, { slug: r.slug, skills: [], technologies: [], transitionPartners: [] }]));
  for (const r of graph.requirements)
    profiles
      .get(r.role)
      ?.skills.push({ slug: r.target, importance: r.importance, concept: `Skill:${r.target}` });
  for (const l of graph.roleTechnologies)
    profiles.get(l.role)?.technologies.push({
      slug: l.target,
      importance: l.importance,
      concept: `Technology:${l.target}`,
    });
  for (const t of graph.transitions) {
    (profiles.get(t.from)?.transitionPartners as string[]).push(t.to);
    (profiles.get(t.to)?.transitionPartners as string[]).push(t.from);
  }
  return [...profiles.values()];
}

/** A generated graph large enough for the bounds to end most searches early, and its brute-force answers. */
const generated = generatedProfiles(2_000, 3);
const bruteForceTop20 = new Map<string, RelatedRoleResult[]>();
function bruteForce(slug: string, first: number): RelatedRoleResult[] {
  let top = bruteForceTop20.get(slug);
  if (top === undefined) bruteForceTop20.set(slug, (top = findRelatedRoles(slug, generated, 20)));
  // The first n of a sorted list are the first n of the first 20.
  return top.slice(0, first);
}

describe.each([
  ['single-feature lists only', false],
  ['pair lists', true],
])('RelatedRolesIndex with %s', (_, pairLists) => {
  const indexOf = (profiles: readonly RoleProfile[]) => RelatedRolesIndex.of(profiles, { pairLists });

  it('answers what the brute-force findRelatedRoles answers, for every role and several limits', () => {
    fc.assert(
      fc.property(profileSets, fc.integer({ min: 1, max: 14 }), (profiles, first) => {
        const index = indexOf(profiles);
        for (const { slug } of profiles)
          expect(index.related(slug, first)).toEqual(findRelatedRoles(slug, profiles, first));
      }),
      { numRuns: 300 },
    );
  });

  it('answers what findRelatedRoles answers on a generated 2,000-role graph', () => {
    const index = indexOf(generated);
    for (const { slug } of generated.slice(0, 30))
      for (const first of [1, 5, 20]) expect(index.related(slug, first)).toEqual(bruteForce(slug, first));
  });

  it('gives a tie to the smaller slug even when that role shares a single feature and the other a pair', () => {
    // Both score 0.5: "a-single" holds one of the two features (4 of 8), "b-pair" both of them among four (8 of 16).
    const profiles = [
      role('asked', { x: 'CORE', y: 'CORE' }),
      role('b-pair', { x: 'CORE', y: 'CORE', z: 'CORE', w: 'CORE' }),
      role('a-single', { x: 'CORE' }),
    ];
    const [top] = indexOf(profiles).related('asked', 1);
    expect(top).toMatchObject({ role: 'a-single', score: 0.5 });
    expect(
      indexOf(profiles)
        .related('asked', 2)
        .map((r) => r.role),
    ).toEqual(['a-single', 'b-pair']);
  });

  it('ranks only the transition partners of a role with no skills, and ranks a role with no skills only as a partner', () => {
    const profiles = [
      role('empty', {}, ['other-empty', 'skilled']),
      role('other-empty', {}),
      role('skilled', { x: 'CORE' }),
      role('also-skilled', { x: 'CORE' }),
    ];
    const index = indexOf(profiles);
    expect(index.related('empty', 5).map(({ role: r, score }) => [r, score])).toEqual([
      ['other-empty', 0.15],
      ['skilled', 0.15],
    ]);
    expect(index.related('other-empty', 5).map((r) => r.role)).toEqual(['empty']);
    expect(index.related('also-skilled', 5).map((r) => r.role)).toEqual(['skilled']);
  });

  it('counts skills of one concept (a crosswalk) as one shared feature, held once per role', () => {
    // guide-sql and esco-sql are one concept; the asked role holds it twice, at two grades.
    const profiles = [
      role('asked', { 'guide-sql=sql': 'CORE', 'esco-sql=sql': 'PREFERRED', go: 'CORE' }),
      role('esco-occupation', { 'esco-sql=sql': 'CORE', rust: 'CORE' }),
    ];
    const [related] = indexOf(profiles).related('asked', 5);
    expect(related).toMatchObject({
      role: 'esco-occupation',
      sharedSkills: ['esco-sql'],
      sharedWeight: 4,
      unionWeight: 12,
    });
    expect(indexOf(profiles).related('asked', 5)).toEqual(findRelatedRoles('asked', profiles, 5));
  });

  it('answers every role with a score above zero, in order, when asked for more than there are', () => {
    const profiles = generatedProfiles(60, 5);
    const index = indexOf(profiles);
    for (const { slug } of profiles.slice(0, 10)) {
      const all = index.related(slug, 1_000);
      expect(all).toEqual(findRelatedRoles(slug, profiles, 1_000));
      expect(all.length).toBeLessThan(profiles.length);
      expect(all.every((r) => r.score > 0)).toBe(true);
    }
  });

  it('answers nothing for an unknown slug or a limit of zero', () => {
    const profiles = [role('a', { x: 'CORE' }), role('b', { x: 'CORE' })];
    expect(indexOf(profiles).related('astronaut', 5)).toEqual([]);
    expect(indexOf(profiles).related('a', 0)).toEqual([]);
    expect(indexOf([]).related('a', 5)).toEqual([]);
  });
});
