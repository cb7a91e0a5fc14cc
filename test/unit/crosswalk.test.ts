import path from 'node:path';
import {
  checkCrosswalk,
  crosswalkContext,
  crosswalkFile,
  crosswalkSummary,
  readCrosswalk,
  type Crosswalk,
  type CrosswalkContext,
} from '../../src/seed/crosswalk/check-crosswalk';
import { escoSeedProblems } from '../../src/seed/check-esco-seed';
import { defaultSeedDirectory } from '../../src/seed/load-seed';

const occupation = (id: string) => `http://data.europa.eu/esco/occupation/${id}`;
const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`;

/** A small world: two ESCO occupations, two ESCO skills, a guide layer of a few slugs. */
const context: CrosswalkContext = {
  occupations: new Map([
    [occupation('dev'), 'software developer'],
    [occupation('arch'), 'software architect'],
  ]),
  skills: new Map([
    [skill('sql'), 'SQL'],
    [skill('spark'), 'SPARK'],
  ]),
  guide: {
    roles: new Set(['software-architect', 'senior-backend-developer']),
    skills: new Set(['sql']),
    technologies: new Set(['spark']),
  },
};

const sound = (): Crosswalk =>
  crosswalkFile.parse({
    roles: [
      {
        slug: 'software-architect',
        esco: 'software architect',
        uri: occupation('arch'),
        match: 'EXACT',
        reason: 'The same occupation.',
      },
      {
        slug: 'senior-backend-developer',
        esco: 'software developer',
        uri: occupation('dev'),
        match: 'BROAD',
        reason: 'A level of it.',
      },
    ],
    skills: [{ slug: 'sql', esco: 'SQL', uri: skill('sql'), match: 'EXACT', reason: 'The same language.' }],
    falseFriends: [
      { technology: 'spark', esco: 'SPARK', uri: skill('spark'), reason: 'A Java micro-framework.' },
    ],
    none: { technologies: ['spark'] },
  });

describe('checkCrosswalk', () => {
  it('finds nothing wrong with a sound crosswalk', () => {
    expect(checkCrosswalk(sound(), context)).toEqual([]);
  });

  it.each<[string, (crosswalk: Crosswalk) => void, RegExp]>([
    [
      'a URI the import does not hold',
      (c) => void (c.skills[0] = { ...c.skills[0]!, uri: skill('nope') }),
      /sql: .*nope is not an imported ESCO skill/,
    ],
    [
      'a skill URI given for a role',
      (c) => void (c.roles[1] = { ...c.roles[1]!, uri: skill('sql'), esco: 'SQL' }),
      /not an imported ESCO occupation/,
    ],
    [
      'a label that is not the concept’s',
      (c) => void (c.roles[0] = { ...c.roles[0]!, esco: 'software analyst' }),
      /is "software architect" in the import, not "software analyst"/,
    ],
    [
      'a slug mapped EXACT twice',
      (c) =>
        void c.roles.push({ ...c.roles[1]!, slug: 'software-architect', match: 'EXACT', reason: 'Again.' }),
      /software-architect: mapped EXACT twice/,
    ],
    [
      'one ESCO concept the EXACT match of two of ours',
      (c) =>
        void (c.roles[1] = {
          ...c.roles[1]!,
          uri: occupation('arch'),
          esco: 'software architect',
          match: 'EXACT',
        }),
      /already the EXACT match of roles\/software-architect/,
    ],
    [
      'the same pair twice',
      (c) => void c.roles.push({ ...c.roles[1]!, match: 'RELATED' }),
      /this pair is stated twice/,
    ],
    [
      'a slug we do not have',
      (c) => void c.skills.push({ ...c.skills[0]!, slug: 'nosql' }),
      /skills\[1\] nosql: no skill of ours has this slug/,
    ],
    [
      'a guide entry neither mapped nor under none',
      (c) => void (c.none.technologies = []),
      /technologies: spark is neither mapped nor listed under none/,
    ],
    [
      'a mapped entry also under none',
      (c) => void c.none.skills.push('sql'),
      /none.skills: sql is mapped, yet listed as having none/,
    ],
    [
      'a false friend mapped',
      (c) =>
        void c.technologies.push({
          slug: 'spark',
          esco: 'SPARK',
          uri: skill('spark'),
          match: 'CLOSE',
          reason: 'Same name.',
        }),
      /falseFriends\[0\] spark: mapped although listed as a false friend/,
    ],
    [
      'a false friend for a slug we do not have',
      (c) =>
        void (c.falseFriends[0] = {
          technology: 'apache-spark',
          esco: 'SPARK',
          uri: skill('spark'),
          reason: 'x',
        }),
      /falseFriends\[0\] apache-spark: no technology of ours has this slug/,
    ],
    [
      'a pending slug the guide layer now has',
      (c) => void c.pending.push('sql'),
      /pending: sql is now in the guide layer/,
    ],
  ])('reports %s', (_what, breakIt, expected) => {
    const crosswalk = sound();
    breakIt(crosswalk);
    const problems = checkCrosswalk(crosswalk, context);
    expect(problems.some((problem) => expected.test(problem))).toBe(true);
  });

  it('accepts a pending slug while the guide layer lacks it, and no other unknown slug', () => {
    const crosswalk = sound();
    crosswalk.roles.push({ ...crosswalk.roles[1]!, slug: 'backend-developer' });
    expect(checkCrosswalk(crosswalk, context)).toEqual([
      'roles[2] backend-developer: no role of ours has this slug',
    ]);
    crosswalk.pending.push('backend-developer');
    expect(checkCrosswalk(crosswalk, context)).toEqual([]);
  });

  it('refuses a malformed file: unknown match kinds and multi-line reasons', () => {
    const bad = { roles: [{ slug: 'x', esco: 'y', uri: occupation('dev'), match: 'SAME', reason: 'a\nb' }] };
    const parsed = crosswalkFile.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'roles.0.match',
      'roles.0.reason',
    ]);
  });
});

describe('the committed crosswalk (seed/crosswalk.yaml)', () => {
  let crosswalk: Crosswalk;
  let real: CrosswalkContext;
  beforeAll(async () => {
    crosswalk = await readCrosswalk(path.join(defaultSeedDirectory, 'crosswalk.yaml'));
    real = await crosswalkContext(defaultSeedDirectory);
  });

  it('is sound against the ESCO import and the guide layer', () => {
    expect(checkCrosswalk(crosswalk, real)).toEqual([]);
  });

  it('passes the seed check with the ESCO manifest', async () => {
    expect(await escoSeedProblems(defaultSeedDirectory)).toEqual([]);
  });

  it('never maps the false friends the issue warns of', () => {
    const uriOf = (label: string) => [...real.skills].find(([, name]) => name === label)?.[0];
    const dataScientist = [...real.occupations].find(([, name]) => name === 'data scientist')?.[0];
    expect(crosswalk.technologies.some((entry) => entry.uri === uriOf('SPARK'))).toBe(false);
    expect(
      [...crosswalk.roles, ...crosswalk.skills, ...crosswalk.technologies].some(
        (entry) => entry.uri === uriOf('SaaS (service-oriented modelling)'),
      ),
    ).toBe(false);
    expect(
      crosswalk.roles.filter((entry) => entry.uri === dataScientist).map((entry) => entry.match),
    ).not.toContain('EXACT');
  });

  it('prints its counts by match kind', () => {
    const summary = crosswalkSummary(crosswalk);
    console.log(
      `crosswalk: ${summary.mappings} mappings ${JSON.stringify(summary.byMatch)}; no counterpart: ` +
        `${summary.none.roles.length} roles, ${summary.none.skills.length} skills, ${summary.none.technologies.length} technologies`,
    );
    expect(summary.mappings).toBe(
      crosswalk.roles.length + crosswalk.skills.length + crosswalk.technologies.length,
    );
  });
});
