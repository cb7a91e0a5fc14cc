import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';
import { dataOf } from '../support/json';

let seed: SeedGraph;
let client: Awaited<ReturnType<typeof inProcessClient>>;

beforeAll(async () => {
  seed = await loadSeed();
  client = await inProcessClient(new MemoryStore(seed));
});
afterAll(() => client.server.stop());

const errorOf = (answer: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) =>
  answer.errors?.[0];

describe('role', () => {
  it('answers every field of a role, nested facts with their sources', async () => {
    const answer = await client.run(`{
      role(slug: "mid-level-backend-developer") {
        id slug name aliases description family seniority track experience { min max }
        salaries { region currency min max period source { slug title } }
        skills(importance: CORE) { importance skill { slug } sources { slug } inheritedFrom { slug } }
        ownSkills: skills(own: true) { skill { slug } inheritedFrom { slug } }
        occupation { slug salaries { region currency min max period experience { min max } source { slug title } } }
        technologies(kind: DATABASE) { __typename slug ... on Database { dataModel } }
        nextRoles { kind typicalYears to { slug } sources { slug } inheritedFrom { slug } }
        evidence { source { slug } lines { start end } basis note about }
        previousRoles { from { slug } }
        relatedRoles(first: 3) { role { slug } score sharedSkills { slug } }
        industries { slug } hiredBy { industry { slug } emphasis }
        sources { slug publisher }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    type Slugged = { slug: string };
    const { role } = dataOf<{
      role: {
        [field: string]: unknown;
        occupation: { slug: string; salaries: unknown[] };
        skills: { importance: string; sources: unknown[] }[];
        ownSkills: { skill: Slugged; inheritedFrom: unknown }[];
        technologies: { __typename: string; slug: string; dataModel?: string }[];
        relatedRoles: unknown[];
        sources: unknown[];
      };
    }>(answer);
    expect(role.id).toBe('Role:mid-level-backend-developer');
    expect(role.experience).toEqual({ min: 2, max: 5 });
    // Salaries are stated for backend developers in general: they hang on the occupation.
    expect(role.salaries).toEqual([]);
    expect(role.occupation.slug).toBe('backend-developer');
    expect(role.occupation.salaries).toContainEqual({
      region: 'IN',
      currency: 'INR',
      min: 600000,
      max: 2000000,
      period: 'YEAR',
      experience: null,
      source: { slug: 'glossary', title: expect.any(String) },
    });
    expect(role.occupation.salaries).toContainEqual(
      expect.objectContaining({ region: 'US', max: 140000, experience: { min: 1, max: 3 } }),
    );
    expect(role.skills.length).toBeGreaterThan(5);
    expect(role.skills.every((s) => s.importance === 'CORE' && s.sources.length > 0)).toBe(true);
    expect(role.skills).toContainEqual(
      expect.objectContaining({ skill: { slug: 'sql' }, inheritedFrom: { slug: 'backend-developer' } }),
    );
    expect(role.ownSkills.map((s) => s.skill.slug).sort()).toEqual(['balancing-trade-offs', 'mentoring']);
    expect(role.ownSkills.every((s) => s.inheritedFrom === null)).toBe(true);
    expect(role.evidence).toContainEqual({
      source: { slug: 'career-guide' },
      lines: { start: 45, end: 45 },
      basis: 'STATED',
      note: null,
      about: 'experience',
    });
    expect(role.evidence).toContainEqual(expect.objectContaining({ basis: 'INFERRED', about: 'track' }));
    expect(role.technologies.map((t) => t.slug)).toContain('postgresql');
    expect(role.technologies.every((t) => t.__typename === 'Database' && t.dataModel)).toBe(true);
    expect(role.nextRoles).toContainEqual(
      expect.objectContaining({
        kind: 'PROMOTION',
        typicalYears: null,
        to: { slug: 'senior-backend-developer' },
        inheritedFrom: null,
      }),
    );
    expect(role.nextRoles).toContainEqual(
      expect.objectContaining({
        to: { slug: 'devops-engineer' },
        inheritedFrom: { slug: 'backend-developer' },
      }),
    );
    expect(role.previousRoles).toEqual([{ from: { slug: 'junior-backend-developer' } }]);
    expect(role.relatedRoles).toHaveLength(3);
    expect(role.sources.length).toBeGreaterThan(0);
  });

  it('is null, with no error, for an unknown slug', async () => {
    const answer = await client.run('{ role(slug: "astronaut") { name } }');
    expect(answer.data).toEqual({ role: null });
    expect(answer.errors).toBeUndefined();
  });
});

describe('roles connection', () => {
  type RolesPage = {
    totalCount: number;
    edges: { node: unknown }[];
    nodes: { slug: string }[];
    pageInfo: Record<string, unknown>;
  };

  it('pages through every role with cursors, and counts them all', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors } = await client.run<{ roles: RolesPage }>(
        `query Page($after: String) { roles(first: 10, after: $after) { totalCount edges { cursor node { slug } } nodes { slug } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      const page = dataOf<{ roles: RolesPage }>({ data }).roles;
      expect(page.totalCount).toBe(seed.roles.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.nodes).toEqual(page.edges.map((edge) => edge.node));
      seen.push(...page.nodes.map((node) => node.slug));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor as string;
    }
    expect(new Set(seen).size).toBe(seed.roles.length);
  });

  it('filters by family, seniority and track', async () => {
    const { data } = await client.run<{ roles: { totalCount: number; nodes: unknown[] } }>(
      '{ roles(filter: { family: MANAGEMENT, track: MANAGEMENT }) { totalCount nodes { family track } } }',
    );
    expect(data?.roles.totalCount).toBeGreaterThanOrEqual(4);
    for (const role of data?.roles.nodes ?? [])
      expect(role).toEqual({ family: 'MANAGEMENT', track: 'MANAGEMENT' });
  });

  it('rejects first above 100 with BAD_USER_INPUT naming the limit', async () => {
    const error = errorOf(await client.run('{ roles(first: 101) { totalCount } }'));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 100 });
    expect(error?.message).toContain('100');
  });

  it('rejects a cursor it did not give out', async () => {
    const error = errorOf(await client.run('{ roles(after: "not-a-cursor") { totalCount } }'));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('node', () => {
  it.each([
    ['Role:software-architect', 'Role'],
    ['Skill:sql', 'Skill'],
    ['Technology:postgresql', 'Database'],
    ['Technology:python', 'Language'],
    ['Technology:django', 'Framework'],
    ['Technology:docker', 'Tool'],
    ['Technology:aws', 'Platform'],
    ['Industry:fintech', 'Industry'],
    ['Source:glossary', 'Source'],
  ])('fetches %s as a %s, and its id round-trips', async (id, typename) => {
    const { data } = await client.run('query($id: ID!) { node(id: $id) { __typename id } }', { id });
    expect(data?.node).toEqual({ __typename: typename, id });
  });

  it.each(['Role:astronaut', 'Planet:mars', 'no-colon', 'Role:'])('is null for "%s"', async (id) => {
    expect((await client.run('query($id: ID!) { node(id: $id) { id } }', { id })).data).toEqual({
      node: null,
    });
  });
});

describe('skills and technologies', () => {
  it('answers a skill with its roles, technologies, prerequisites and related skills', async () => {
    const { data, errors } = await client.run<{
      skill: { [field: string]: unknown; prerequisites: { slug: string }[] };
    }>(`{
      skill(slug: "sql") { id name category roles { slug } requiredBy { importance role { slug } }
        technologies { slug } prerequisites { slug } unlocks { slug } relatedSkills { slug } sources { slug }
        prerequisiteLinks { skill { slug } evidence { source { slug } lines { start end } basis note } }
        technologyLinks { technology { slug } evidence { source { slug } lines { start end } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data?.skill.prerequisites.map((s) => s.slug)).toEqual(['server-side-programming']);
    expect(data?.skill.prerequisiteLinks).toEqual([
      {
        skill: { slug: 'server-side-programming' },
        evidence: [
          {
            source: { slug: 'engine-room-guide' },
            lines: { start: 178, end: 179 },
            basis: 'INFERRED',
            note: expect.stringContaining('one language'),
          },
        ],
      },
    ]);
    expect(data?.skill.technologyLinks).toContainEqual({
      technology: { slug: 'sqlite' },
      evidence: [{ source: { slug: 'glossary' }, lines: { start: 108, end: 112 } }],
    });
    expect(data?.skill.category).toBe('DATA');
  });

  it('filters skills by category and pages them', async () => {
    const { data } = await client.run<{
      skills: { totalCount: number; nodes: unknown[]; pageInfo: { hasNextPage: boolean } };
    }>(
      '{ skills(filter: { category: SOFT }, first: 2) { totalCount nodes { category } pageInfo { hasNextPage } } }',
    );
    const soft = seed.skills.filter((s) => s.category === 'SOFT').length;
    expect(data?.skills.totalCount).toBe(soft);
    expect(data?.skills.nodes).toEqual([{ category: 'SOFT' }, { category: 'SOFT' }]);
    expect(data?.skills.pageInfo.hasNextPage).toBe(soft > 2);
  });

  it("answers the frameworks of each language, and each framework's languages", async () => {
    type Framework = { slug: string; languages: unknown[] };
    const technologies = dataOf<{
      technologies: { totalCount: number; nodes: { slug: string; frameworks: Framework[] }[] };
    }>(
      await client.run(
        `{ technologies(kind: LANGUAGE, first: 100) { totalCount nodes { slug ... on Language { frameworks { slug ... on Framework { languages { slug } } } } } } }`,
      ),
    ).technologies;
    const python = technologies.nodes.find((n) => n.slug === 'python');
    expect(python?.frameworks.map((f) => f.slug)).toEqual(expect.arrayContaining(['django', 'flask']));
    for (const framework of python?.frameworks ?? [])
      expect(framework.languages).toContainEqual({ slug: 'python' });
    expect(technologies.totalCount).toBe(seed.technologies.filter((t) => t.kind === 'LANGUAGE').length);
  });

  it('gives tools their category and technologies the roles that use them', async () => {
    const { data } = await client.run<{ technology: { roles: { slug: string }[] } }>(
      '{ technology(slug: "docker") { __typename kind ... on Tool { category } roles { slug } skills { slug } } }',
    );
    expect(data?.technology).toMatchObject({ __typename: 'Tool', kind: 'TOOL', category: 'CONTAINERS' });
    expect(data?.technology.roles.map((r) => r.slug)).toContain('devops-engineer');
  });

  it('is null for an unknown technology', async () => {
    expect((await client.run('{ technology(slug: "cobol-on-cogs") { name } }')).data).toEqual({
      technology: null,
    });
  });
});

describe('industries and sources', () => {
  it('lists industries with the roles they hire', async () => {
    const { data } = await client.run<{ industries: { slug: string; roles: unknown[] }[] }>(
      '{ industries { slug name roles { slug } hires { role { slug } emphasis sources { slug } } sources { slug } } }',
    );
    expect(data?.industries.map((i) => i.slug).sort()).toEqual(seed.industries.map((i) => i.slug).sort());
    expect(data?.industries.find((i) => i.slug === 'fintech')?.roles.length).toBeGreaterThan(0);
  });

  it('lists the five source documents and ESCO, a classification with no document, its licence and attribution', async () => {
    const { data } = await client.run<{ sources: { slug: string; document: string | null }[] }>(
      '{ sources { id slug title publisher document licence attribution } }',
    );
    expect(data?.sources).toHaveLength(6);
    expect(data?.sources.filter((s) => s.document !== null)).toHaveLength(5);
    expect(data?.sources.map((s) => s.document).sort()).toEqual(seed.sources.map((s) => s.document).sort());
    expect(data?.sources.find((s) => s.slug === 'esco')).toMatchObject({
      publisher: 'CLASSIFICATION',
      document: null,
      licence: 'CC BY 4.0',
      attribution: expect.stringContaining('ESCO © European Union'),
    });
  });
});

describe('search', () => {
  it('finds PostgreSQL first for "postgres", saying how it matched, with the node\'s fields', async () => {
    const { data } = await client.run<{ search: unknown[] }>(
      '{ search(text: "postgres", first: 3) { score match node { __typename id ... on Database { name dataModel } } } }',
    );
    expect(data?.search[0]).toEqual({
      // ESCO's PostgreSQL has the alternative label "Postgres"; the guides' PostgreSQL, crosswalked to it
      // EXACT, answers to it too, as an alias (0.95 beats the prefix's 0.5 + 0.4 × 8/10).
      score: 0.95,
      match: 'ALIAS',
      node: {
        __typename: 'Database',
        id: 'Technology:postgresql',
        name: 'PostgreSQL',
        dataModel: 'RELATIONAL',
      },
    });
  });

  it('keeps to the kinds asked for', async () => {
    const { data } = await client.run<{ search: { node: { __typename: string } }[] }>(
      '{ search(text: "security", kinds: [ROLE]) { node { __typename } } }',
    );
    expect(data?.search.length).toBeGreaterThan(0);
    for (const hit of data?.search ?? []) expect(hit.node.__typename).toBe('Role');
  });

  it('finds nothing for what the graph does not hold, and weak hits only when minScore asks', async () => {
    const strict = await client.run('{ search(text: "QA engineer") { score match } }');
    expect(strict.data?.search).toEqual([]);
    const loose = await client.run<{ search: { match: string; score: number }[] }>(
      '{ search(text: "QA engineer", minScore: 0) { score match node { id } } }',
    );
    expect(loose.data?.search.length).toBeGreaterThan(0);
    for (const hit of loose.data?.search ?? []) {
      expect(hit.match).toBe('PARTIAL');
      expect(hit.score).toBeLessThan(0.5);
    }
  });

  it.each([
    ['{ search(text: "sql", minScore: -0.1) { score } }', 'minScore'],
    ['{ search(text: "sql", minScore: 1.5) { score } }', 'minScore'],
    ['{ search(text: "   ") { score } }', 'text'],
    ['{ search(text: "sql", first: 0) { score } }', 'first'],
    ['{ search(text: "sql", first: 51) { score } }', 'first'],
  ])('rejects %s with BAD_USER_INPUT naming %s', async (query, argument) => {
    expect(errorOf(await client.run(query))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('careerPaths', () => {
  it('answers Junior Backend Developer -> Software Architect, fewest steps first, with years and an explanation', async () => {
    const answer = await client.run(`{
      careerPaths(from: "junior-backend-developer", to: "software-architect") {
        length totalYears minYears minYearsSetBy { slug } inferredSteps explanation roles { slug }
        steps { kind typicalYears from { slug } to { slug } sources { slug } inheritedFrom { slug } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const [first] = dataOf<{ careerPaths: { roles: { slug: string }[]; steps: unknown[] }[] }>(
      answer,
    ).careerPaths;
    if (first === undefined) throw new Error('expected a path');
    expect(first.roles.map((r) => r.slug)).toEqual([
      'junior-backend-developer',
      'mid-level-backend-developer',
      'senior-backend-developer',
      'software-architect',
    ]);
    expect(first).toMatchObject({
      length: 3,
      totalYears: null,
      minYears: 5,
      minYearsSetBy: { slug: 'senior-backend-developer' },
      inferredSteps: 1,
      explanation:
        '3 promotions; at least 5 years: Senior Backend Developer asks for 5+ years of experience; no source states how long the moves take; 1 step is a reading of the sources, not stated moves',
    });
    expect(first.steps[0]).toMatchObject({
      kind: 'PROMOTION',
      typicalYears: null,
      from: { slug: 'junior-backend-developer' },
      inheritedFrom: null,
    });
    expect(first.steps[2]).toMatchObject({ inheritedFrom: { slug: 'backend-developer' } });
  });

  it('ranks FASTEST paths by the least years their roles ask for', async () => {
    const { data } = await client.run<{ careerPaths: { minYears: number; roles: { slug: string }[] }[] }>(
      '{ careerPaths(from: "junior-backend-developer", to: "devops-engineer", rankBy: FASTEST, first: 5) { minYears roles { slug } } }',
    );
    expect(data?.careerPaths.map((p) => p.minYears)).toEqual([2, 5]);
    expect(data?.careerPaths[0]?.roles.map((r) => r.slug)).toEqual([
      'junior-backend-developer',
      'mid-level-backend-developer',
      'devops-engineer',
    ]);
  });

  it.each([
    ['from: "astronaut", to: "software-architect"', 'from', 'astronaut'],
    ['from: "junior-backend-developer", to: "astronaut"', 'to', 'astronaut'],
    [
      'from: "junior-backend-developer", to: "software-architect", avoid: ["astronaut"]',
      'avoid',
      'astronaut',
    ],
  ])('rejects an unknown slug (%s) with BAD_USER_INPUT naming it', async (args, argument, slug) => {
    const error = errorOf(await client.run(`{ careerPaths(${args}) { length } }`));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, slug });
    expect(error?.message).toContain(slug);
  });

  it.each([
    ['maxSteps: 11', 'maxSteps', 10],
    ['maxSteps: 0', 'maxSteps', 10],
    ['first: 21', 'first', 20],
  ])('rejects %s with BAD_USER_INPUT naming the limit', async (args, argument, max) => {
    const error = errorOf(
      await client.run(
        `{ careerPaths(from: "junior-backend-developer", to: "software-architect", ${args}) { length } }`,
      ),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, max });
    expect(error?.message).toContain(String(max));
  });

  it('rejects a path from a role to itself, and avoiding an end', async () => {
    const same = errorOf(
      await client.run('{ careerPaths(from: "software-architect", to: "software-architect") { length } }'),
    );
    expect(same?.extensions?.code).toBe('BAD_USER_INPUT');
    const avoidEnd = errorOf(
      await client.run(
        '{ careerPaths(from: "junior-backend-developer", to: "software-architect", avoid: ["software-architect"]) { length } }',
      ),
    );
    expect(avoidEnd?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'avoid' });
  });
});

describe('skillGap', () => {
  it('answers Senior Backend Developer -> DevOps Engineer: what is missing, shared, and in which order to learn it', async () => {
    const answer = await client.run(`{
      skillGap(from: "senior-backend-developer", to: "devops-engineer") {
        from { slug } to { slug } missing { importance skill { slug } } shared { slug } learningOrder { slug }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    type Slugs = { slug: string }[];
    const gap = dataOf<{
      skillGap: { missing: { skill: { slug: string } }[]; shared: Slugs; learningOrder: Slugs };
    }>(answer).skillGap;
    const required = seed.requirements.filter((r) => r.role === 'devops-engineer').map((r) => r.target);
    // A senior holds what the role requires: its own requirements and those of its occupation.
    const had = new Set(
      seed.requirements.filter((r) => r.role === 'senior-backend-developer').map((r) => r.target),
    );
    expect(
      seed.requirements.some((r) => r.role === 'senior-backend-developer' && r.inheritedFrom !== null),
    ).toBe(true);
    expect(gap.missing.map((m) => m.skill.slug).sort()).toEqual(required.filter((s) => !had.has(s)).sort());
    expect(gap.shared.map((s) => s.slug).sort()).toEqual(required.filter((s) => had.has(s)).sort());
    expect(gap.learningOrder.map((s) => s.slug).sort()).toEqual(required.filter((s) => !had.has(s)).sort());
    expect(gap.missing).toContainEqual({ importance: 'CORE', skill: { slug: 'infrastructure-automation' } });
    expect(gap.shared).toContainEqual({ slug: 'ci-cd' });
  });

  it("agrees with the career path: what the target adds is in the path's requiredSkills", async () => {
    const data = dataOf<{
      skillGap: { missing: { skill: { slug: string } }[] };
      careerPaths: { requiredSkills: { slug: string }[] }[];
    }>(
      await client.run(`{
      skillGap(from: "junior-backend-developer", to: "software-architect") { missing { skill { slug } } }
      careerPaths(from: "junior-backend-developer", to: "software-architect", first: 1) { requiredSkills { slug } }
    }`),
    );
    const missing = data.skillGap.missing.map((m) => m.skill.slug);
    const gained = data.careerPaths[0]?.requiredSkills.map((s) => s.slug);
    expect(missing.length).toBeGreaterThan(0);
    expect(gained).toEqual(expect.arrayContaining(missing));
  });

  it('rejects an unknown role with BAD_USER_INPUT naming the slug', async () => {
    const error = errorOf(
      await client.run('{ skillGap(from: "astronaut", to: "devops-engineer") { shared { slug } } }'),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from', slug: 'astronaut' });
  });
});

describe('relatedRoles', () => {
  it('answers roles related to Frontend Developer with scores and the skills that explain them', async () => {
    const related = dataOf<{ role: { relatedRoles: { score: number; role: { slug: string } }[] } }>(
      await client.run(
        '{ role(slug: "frontend-developer") { relatedRoles(first: 5) { score role { slug } sharedSkills { slug } } } }',
      ),
    ).role.relatedRoles;
    expect(related.length).toBeGreaterThan(0);
    expect(related.map((r) => r.role.slug)).toContain('full-stack-developer');
    const scores = related.map((r) => r.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]).toBeGreaterThanOrEqual(scores[i] as number);
  });

  it('explains every score: what the roles share, the weighted overlap it divides, the direct-move bonus', async () => {
    const { data } = await client.run<{ roles: { nodes: RoleAnswer[] } }>(
      '{ roles(first: 30) { nodes { slug nextRoles { to { slug } } previousRoles { from { slug } } relatedRoles(first: 5) { score explanation role { slug } sharedSkills { slug } sharedTechnologies { slug } } } } }',
    );
    type Related = {
      score: number;
      explanation: string;
      role: { slug: string };
      sharedSkills: unknown[];
      sharedTechnologies: unknown[];
    };
    type RoleAnswer = {
      slug: string;
      nextRoles: { to: { slug: string } }[];
      previousRoles: { from: { slug: string } }[];
      relatedRoles: Related[];
    };
    const count = (n: number) => (n === 0 ? 'no' : String(n));
    let explained = 0;
    for (const role of data?.roles.nodes ?? []) {
      const partners = new Set([
        ...role.nextRoles.map((t) => t.to.slug),
        ...role.previousRoles.map((t) => t.from.slug),
      ]);
      for (const related of role.relatedRoles) {
        const match =
          /^Shares (no|\d+) required skills? and (no|\d+) technolog(?:y|ies): (\d+) of the (\d+) weighted points the two roles hold together \(core 4, preferred or common 2, trend or interview 1\)(; one leads directly to the other \(\+0\.15\))?\.$/.exec(
            related.explanation,
          );
        expect([related.explanation, match !== null]).toEqual([related.explanation, true]);
        const [, skills, technologies, shared, union, direct] = match as RegExpExecArray;
        expect(skills).toBe(count(related.sharedSkills.length));
        expect(technologies).toBe(count(related.sharedTechnologies.length));
        expect(direct !== undefined).toBe(partners.has(related.role.slug));
        const expected = Math.min(1, Number(shared) / Number(union) + (direct ? 0.15 : 0));
        // Scores are rounded to four decimals, half up (domain/similarity.ts).
        expect(related.score).toBe(Math.round(expected * 10000) / 10000);
        explained++;
      }
    }
    expect(explained).toBeGreaterThan(50);
  });

  it('rejects first outside 1..50', async () => {
    const error = errorOf(
      await client.run('{ role(slug: "frontend-developer") { relatedRoles(first: 51) { score } } }'),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', max: 50 });
  });
});

describe('skillGapForSkills', () => {
  it('answers what a learner listing their own skills still needs for DevOps, in learning order', async () => {
    const answer = await client.run(`{
      skillGapForSkills(have: ["infrastructure-automation", "ci-cd", "ci-cd"], to: "devops-engineer") {
        to { slug } have { slug } missing { importance skill { slug } } shared { slug } learningOrder { slug }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const gap = dataOf<{
      skillGapForSkills: { have: unknown; shared: unknown; learningOrder: { slug: string }[] };
    }>(answer).skillGapForSkills;
    expect(gap.have).toEqual([{ slug: 'ci-cd' }, { slug: 'infrastructure-automation' }]);
    expect(gap.shared).toEqual([{ slug: 'ci-cd' }, { slug: 'infrastructure-automation' }]);
    const required = seed.requirements.filter((r) => r.role === 'devops-engineer').map((r) => r.target);
    expect(gap.learningOrder.map((s) => s.slug).sort()).toEqual(
      required.filter((s) => s !== 'ci-cd' && s !== 'infrastructure-automation').sort(),
    );
  });

  it('rejects unknown skills with BAD_USER_INPUT naming each', async () => {
    const error = errorOf(
      await client.run(
        '{ skillGapForSkills(have: ["sql", "telepathy", "alchemy"], to: "devops-engineer") { shared { slug } } }',
      ),
    );
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'have',
      slugs: ['telepathy', 'alchemy'],
    });
    expect(error?.message).toContain('telepathy');
  });
});

describe('careerPaths requiredSkills', () => {
  it('lists the skills gained along the path that the starting role lacks, each once', async () => {
    const [path] = dataOf<{
      careerPaths: { requiredSkills: { slug: string }[]; roles: { slug: string }[] }[];
    }>(
      await client.run(
        '{ careerPaths(from: "junior-backend-developer", to: "software-architect", first: 1) { requiredSkills { slug } roles { slug } } }',
      ),
    ).careerPaths;
    if (path === undefined) throw new Error('expected a path');
    const skills = path.requiredSkills.map((s) => s.slug);
    const start = new Set(
      seed.requirements.filter((r) => r.role === 'junior-backend-developer').map((r) => r.target),
    );
    const along = new Set(
      seed.requirements
        .filter((r) => path.roles.slice(1).some((role) => role.slug === r.role))
        .map((r) => r.target),
    );
    expect([...skills].sort()).toEqual([...along].filter((s) => !start.has(s)).sort());
    expect(new Set(skills).size).toBe(skills.length);
  });
});

describe('analytics', () => {
  it('ranks skills by demand with exact core and preferred counts', async () => {
    type Demand = Record<'roles' | 'core' | 'preferred' | 'common' | 'trend' | 'interview', number>;
    const { data } = await client.run<{ skillDemand: (Demand & { skill: { slug: string } })[] }>(
      '{ skillDemand(first: 5) { skill { slug } roles core preferred common trend interview } }',
    );
    expect(data?.skillDemand).toHaveLength(5);
    for (const entry of data?.skillDemand ?? []) {
      const links = seed.requirements.filter((r) => r.target === entry.skill.slug);
      expect(entry.roles).toBe(links.length);
      expect(entry.core).toBe(links.filter((r) => r.importance === 'CORE').length);
      expect(entry.core + entry.preferred + entry.common + entry.trend + entry.interview).toBe(entry.roles);
    }
  });

  it('ranks technologies by the roles that use them, and gives transition statistics', async () => {
    const { data, errors } = await client.run<{
      technologyUsage: { technology: { __typename: string } }[];
      transitionStats: { kind: string; count: number }[];
    }>(
      '{ technologyUsage(kind: LANGUAGE, first: 3) { technology { __typename slug } roles } transitionStats { kind count withYears medianYears minYears maxYears } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.technologyUsage.every((u) => u.technology.__typename === 'Language')).toBe(true);
    const promotion = data?.transitionStats.find((s) => s.kind === 'PROMOTION');
    expect(promotion?.count).toBe(seed.transitions.filter((t) => t.kind === 'PROMOTION').length);
  });

  it('rejects first outside 1..100', async () => {
    expect(errorOf(await client.run('{ skillDemand(first: 101) { roles } }'))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      max: 100,
    });
  });
});

describe('relatedRoles symmetry', () => {
  it('scores every pair of roles the same in both directions', async () => {
    const { data } = await client.run<{
      roles: { nodes: { slug: string; relatedRoles: { score: number; role: { slug: string } }[] }[] };
    }>('{ roles(first: 100) { nodes { slug relatedRoles(first: 50) { score role { slug } } } } }');
    const scores = new Map<string, number>();
    for (const role of data?.roles.nodes ?? []) {
      for (const related of role.relatedRoles) scores.set(`${role.slug}>${related.role.slug}`, related.score);
    }
    expect(scores.size).toBeGreaterThan(50);
    for (const [pair, score] of scores) {
      const [a, b] = pair.split('>');
      const reverse = scores.get(`${b}>${a}`);
      // The reverse pair is listed unless it fell outside that role's top 50.
      if (reverse !== undefined) expect(reverse).toBe(score);
    }
  });
});

describe('the ESCO layer: externalIds and byExternalId', () => {
  const architectUri = 'http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e';

  it('finds an ESCO occupation by its URI, with its own URI as an EXACT id and its requirements sourced by URI', async () => {
    const answer = await client.run(
      `query($uri: String!) {
      byExternalId(uri: $uri) {
        __typename id
        ... on Role { name description family seniority externalIds { scheme uri match }
          skills { skill { slug skillType } evidence { source { slug publisher } uri lines { start } } } }
      }
    }`,
      { uri: architectUri },
    );
    expect(answer.errors).toBeUndefined();
    const role = dataOf<{
      byExternalId: {
        family: string;
        seniority: string;
        externalIds: unknown;
        skills: { evidence: unknown[] }[];
      };
    }>(answer).byExternalId;
    expect(role).toMatchObject({ __typename: 'Role', name: 'software architect', description: null });
    expect([role.family, role.seniority]).toEqual(['UNSPECIFIED', 'UNSPECIFIED']);
    expect(role.externalIds).toEqual([{ scheme: 'ESCO', uri: architectUri, match: 'EXACT' }]);
    expect(role.skills.length).toBeGreaterThan(5);
    for (const link of role.skills)
      for (const item of link.evidence)
        expect(item).toEqual({
          source: { slug: 'esco', publisher: 'CLASSIFICATION' },
          uri: architectUri,
          lines: null,
        });
  });

  it('gives a guide role the crosswalk mapping as an external id, and the URI answers with the ESCO node, not the guide one', async () => {
    const { data } = await client.run<{ role: { externalIds: unknown } }>(
      `{ role(slug: "software-architect") { externalIds { scheme uri match } } }`,
    );
    expect(data?.role.externalIds).toEqual([{ scheme: 'ESCO', uri: architectUri, match: 'EXACT' }]);
    const { data: found } = await client.run<{ byExternalId: { id: string } }>(
      `query($uri: String!) { byExternalId(uri: $uri) { id } }`,
      {
        uri: architectUri,
      },
    );
    expect(found?.byExternalId.id).not.toBe('Role:software-architect');
  });

  it('answers null for a well-formed URI no node is', async () => {
    const { data, errors } = await client.run(
      `{ byExternalId(uri: "http://data.europa.eu/esco/skill/no-such-concept") { id } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.byExternalId).toBeNull();
  });

  it.each([
    'not a uri',
    'ftp://data.europa.eu/esco/skill/x',
    '/esco/skill/x',
    `http://x.org/${'a'.repeat(600)}`,
  ])('rejects %s with BAD_USER_INPUT naming uri', async (uri) => {
    const answer = await client.run(`query($uri: String!) { byExternalId(uri: $uri) { id } }`, { uri });
    expect(errorOf(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uri' });
  });
});

describe('dataset', () => {
  it('answers the release, its content hash, build day, counts and sources, and says so on every response', async () => {
    const { data, errors, extensions } = await client.run<{ dataset: { counts: unknown; sources: unknown } }>(
      '{ dataset { version hash builtAt seededAt counts { kind count } sources { slug licence } } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.dataset).toMatchObject({
      version: seed.release.version,
      hash: seed.release.recordedHash,
      builtAt: seed.release.released,
    });
    expect(data?.dataset.counts).toContainEqual({ kind: 'Role', count: seed.roles.length });
    expect(data?.dataset.counts).toContainEqual({ kind: 'REQUIRES', count: seed.requirements.length });
    expect(data?.dataset.sources).toHaveLength(seed.sources.length);
    expect(extensions?.dataset).toEqual({ version: seed.release.version, hash: seed.release.recordedHash });
    expect((await client.run('{ __typename }')).extensions?.dataset).toEqual(extensions?.dataset);
  });
});
