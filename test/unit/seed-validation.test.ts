import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultSeedDirectory, loadSeed } from '../../src/seed/load-seed';
import { formatSeedProblem, SeedValidationError } from '../../src/seed/seed-errors';
import { builtScript } from '../support/built-script';

let scratch: string;

/** A copy of the real seed with one edit applied: a broken fixture that differs from a valid seed in one place only. */
async function seedWith(file: string, edit: (text: string) => string): Promise<string> {
  const directory = await mkdtemp(path.join(scratch, 'seed-'));
  await cp(defaultSeedDirectory, directory, { recursive: true });
  const target = path.join(directory, file);
  const before = await readFile(target, 'utf8');
  const after = edit(before);
  if (after === before)
    throw new Error(`the edit of ${file} changed nothing: the fixture would not be broken`);
  await writeFile(target, after);
  return directory;
}

async function problemsOf(directory: string): Promise<string[]> {
  try {
    await loadSeed(directory);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems.map(formatSeedProblem);
    throw error;
  }
  throw new Error('the broken seed loaded');
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'careergraph-seed-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the real seed', () => {
  it('loads, with every role DESIGN.md names', async () => {
    const seed = await loadSeed();
    const roles = new Set(seed.roles.map((role) => role.slug));
    for (const slug of [
      'junior-backend-developer',
      'mid-level-backend-developer',
      'senior-backend-developer',
      'staff-engineer',
      'principal-engineer',
      'distinguished-engineer',
      'software-architect',
      'solutions-architect',
      'api-architect',
      'technical-lead',
      'engineering-manager',
      'backend-engineering-manager',
      'director-of-engineering',
      'vp-of-engineering',
      'full-stack-developer',
      'frontend-developer',
      'devops-engineer',
      'site-reliability-engineer',
      'platform-engineer',
      'cloud-engineer',
      'database-administrator',
      'security-engineer',
      'data-engineer',
      'api-developer',
      'database-programmer',
      'freelance-backend-contractor',
    ]) {
      expect(roles).toContain(slug);
    }
  });

  it('names a source for every node, link and salary', async () => {
    const seed = await loadSeed();
    const sourced = [
      ...seed.roles,
      ...seed.skills,
      ...seed.technologies,
      ...seed.industries,
      ...seed.requirements,
      ...seed.roleTechnologies,
      ...seed.transitions,
      ...seed.prerequisites,
      ...seed.relatedSkills,
      ...seed.skillTechnologies,
      ...seed.frameworkLanguages,
      ...seed.hires,
    ];
    for (const fact of sourced) expect(fact.sources.length).toBeGreaterThan(0);
    for (const salary of seed.salaries) expect(seed.sources.map((s) => s.slug)).toContain(salary.source);
  });

  it('uses the slugs DESIGN.md spells out', async () => {
    const seed = await loadSeed();
    const technologies = seed.technologies.map((t) => t.slug);
    expect(technologies).toEqual(
      expect.arrayContaining(['postgresql', 'node-js', 'dot-net', 'c-sharp', 'ruby-on-rails']),
    );
  });
});

describe('a broken seed', () => {
  it('reports a transition to an unknown role with file, line, entry and reason', async () => {
    const directory = await seedWith('transitions.yaml', (text) =>
      text.replace('to: mid-level-backend-developer', 'to: mid-level-backend-develper'),
    );
    const problems = await problemsOf(directory);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^transitions\.yaml:\d+ #1 \(junior-backend-developer -> mid-level-backend-develper\) to: unknown role "mid-level-backend-develper"$/,
    );
    const line = Number(/:(\d+) /.exec(problems[0] as string)?.[1]);
    const lines = (await readFile(path.join(directory, 'transitions.yaml'), 'utf8')).split('\n');
    expect(lines[line - 1]).toContain('mid-level-backend-develper');
  });

  it('reports a bad enum value and a missing field together', async () => {
    const directory = await seedWith('roles.yaml', (text) =>
      text
        .replace('seniority: JUNIOR\n  track', 'seniority: APPRENTICE\n  track')
        .replace(/\n {2}name: Staff Engineer/, ''),
    );
    const problems = await problemsOf(directory);
    // The shape check runs first: the enum and the missing name are reported, and nothing is loaded.
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^roles\.yaml:\d+ #2 \(junior-backend-developer\) seniority: Invalid option/),
        expect.stringMatching(/^roles\.yaml:\d+ #\d+ \(staff-engineer\) name: /),
      ]),
    );
  });

  it('reports evidence citing a source that does not exist once the shape is right', async () => {
    const directory = await seedWith('salaries.yaml', (text) =>
      text.replace('evidence: [glossary:171]', 'evidence: [hearsay:171]'),
    );
    expect(await problemsOf(directory)).toEqual([
      expect.stringMatching(
        /^salaries\.yaml:\d+ #\d+ \(backend-developer\) evidence\[0\]: unknown source "hearsay"$/,
      ),
    ]);
  });

  it('reports a fact with no evidence, and a locator that is not one', async () => {
    const directory = await seedWith('transitions.yaml', (text) =>
      text
        .replace('evidence: [career-guide:43-45, backend-article:24-26, glossary:148-158]', 'evidence: []')
        .replace('evidence: [career-guide:45-47, backend-article:24-27]', 'evidence: [career-guide:47-45]'),
    );
    const problems = await problemsOf(directory);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^transitions\.yaml:\d+ #1 .* evidence: every fact needs evidence/),
        expect.stringMatching(/^transitions\.yaml:\d+ #2 .* evidence\[0\]: /),
      ]),
    );
  });

  it('reports a name or alias that names two nodes', async () => {
    const directory = await seedWith('skills.yaml', (text) =>
      text.replace(
        '- { name: Reading logs, evidence: [engine-room-guide:188] }',
        '- { name: DBA, evidence: [career-guide:58] }',
      ),
    );
    expect(await problemsOf(directory)).toEqual([
      expect.stringMatching(
        /^skills\.yaml:\d+ #\d+ \(log-analysis\) aliases\[0\]: "DBA" already names roles\/database-administrator/,
      ),
    ]);
  });

  it('reports a prerequisite cycle, naming the skills in it', async () => {
    // Server-side programming comes before SQL; making SQL come before it closes a loop.
    const directory = await seedWith('skills.yaml', (text) =>
      text.replace(
        '  prerequisites:\n    - skill: programming-fundamentals',
        '  prerequisites:\n    - { skill: sql, evidence: [glossary:32] }\n    - skill: programming-fundamentals',
      ),
    );
    expect(await problemsOf(directory)).toEqual([
      expect.stringMatching(
        /^skills\.yaml prerequisites: prerequisites form a cycle, so no learning order exists: (sql -> server-side-programming -> sql|server-side-programming -> sql -> server-side-programming); links: .*\(line \d+\)/,
      ),
    ]);
  });

  it('reports a duplicate slug, naming both places, and invalid YAML', async () => {
    const duplicate = await seedWith(
      'industries.yaml',
      (text) => `${text}\n- slug: fintech\n  name: Fintech again\n  evidence: [glossary:173]\n`,
    );
    expect(await problemsOf(duplicate)).toEqual([
      expect.stringMatching(
        /^industries\.yaml:\d+ #\d+ \(fintech\) slug: duplicate slug "fintech": also entry #2 at line \d+$/,
      ),
    ]);
    const invalid = await seedWith('sources.yaml', (text) => `${text}\n  - : [unclosed\n`);
    expect((await problemsOf(invalid))[0]).toMatch(/^sources\.yaml:\d+ is not valid YAML/);
  });

  it.each([
    [
      'an unclosed list',
      'evidence: [career-guide:13-15, job-description-template:5-7, backend-article:3-4, engine-room-guide:5, glossary:9-11]',
      'evidence: [career-guide:13-15, job-description-template:5-7',
    ],
    ['an unclosed quote', 'name: Junior Backend Developer', 'name: "Junior Backend Developer'],
  ])(
    'reports invalid YAML (%s) at the broken line, not where the parser noticed',
    async (_case, good, broken) => {
      const directory = await seedWith('roles.yaml', (text) => text.replace(good, broken));
      const problems = await problemsOf(directory);
      expect(problems[0]).toMatch(/^roles\.yaml:\d+ is not valid YAML/);
      const line = Number(/^roles\.yaml:(\d+) /.exec(problems[0] as string)?.[1]);
      const lines = (await readFile(path.join(directory, 'roles.yaml'), 'utf8')).split('\n');
      expect(lines[line - 1]).toContain(broken);
    },
  );

  it('makes `SEED_DIR=<folder> npm run seed:check` check that folder', async () => {
    const directory = await seedWith('transitions.yaml', (text) =>
      text.replace('kind: PROMOTION', 'kind: DEMOTION'),
    );
    const run = promisify(execFile);
    const check = (env: NodeJS.ProcessEnv) =>
      run(process.execPath, [builtScript('src/seed/check-cli.js')], { env: { ...process.env, ...env } }).then(
        ({ stdout }) => ({ code: 0, output: stdout }),
        (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
      );
    const broken = await check({ SEED_DIR: directory });
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/transitions\.yaml:\d+ #1 .* kind: Invalid option/);
    const valid = await check({ SEED_DIR: defaultSeedDirectory });
    expect(valid).toEqual({
      code: 0,
      output: expect.stringContaining(`seed in ${defaultSeedDirectory} OK:`),
    });
  });

  it('makes `npm run seed:check` exit 1 and print the problems', async () => {
    const directory = await seedWith('transitions.yaml', (text) =>
      text.replace('kind: PROMOTION', 'kind: DEMOTION'),
    );
    const run = promisify(execFile);
    const failure = await run(process.execPath, [builtScript('src/seed/check-cli.js'), directory]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failure && failure.code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(
      /transitions\.yaml:\d+ #1 .* kind: Invalid option/,
    );
  });
});
