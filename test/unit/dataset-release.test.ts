import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { datasetHash } from '../../src/dataset/dataset-hash';
import { diffFacts, diffSummary, formatDiff } from '../../src/dataset/diff';
import { factsOf } from '../../src/dataset/facts';
import { seedAtRef } from '../../src/dataset/seed-at-ref';
import { defaultSeedDirectory, loadSeed } from '../../src/seed/load-seed';
import { builtScript } from '../support/built-script';

const run = promisify(execFile);

describe('the dataset release', () => {
  it('records the hash of the facts seed/ holds: a change to seed/ needs a new release (npm run dataset:release)', async () => {
    const seed = await loadSeed();
    expect(datasetHash(seed)).toBe(seed.release.recordedHash);
  });

  it('has a seed/CHANGES.md entry for its version', async () => {
    const seed = await loadSeed();
    const changes = await readFile(path.join(defaultSeedDirectory, 'CHANGES.md'), 'utf8');
    expect(changes).toContain(`## ${seed.release.version} (${seed.release.released})`);
    expect(changes).toContain(seed.release.recordedHash);
  });
});

describe('dataset:diff on two commits of a fixture repository', () => {
  let repository: string;

  beforeAll(async () => {
    repository = await mkdtemp(path.join(os.tmpdir(), 'careergraph-diff-'));
    const git = (...args: string[]) =>
      run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], { cwd: repository });
    await git('init', '-q');
    await cp(defaultSeedDirectory, path.join(repository, 'seed'), { recursive: true });
    await git('add', '.');
    await git('commit', '-qm', 'first');
    const edit = async (file: string, change: (text: string) => string) => {
      const target = path.join(repository, 'seed', file);
      const before = await readFile(target, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      await writeFile(target, after);
    };
    // One fact added, one removed, one changed (its evidence), one changed (a field).
    await edit(
      'skills.yaml',
      (text) =>
        `${text}\n- slug: kotlin-coroutines\n  name: Kotlin Coroutines\n  category: PROGRAMMING\n  evidence: [glossary:65]\n`,
    );
    // The crosswalk must account for every skill: the new one has no ESCO counterpart.
    await edit('crosswalk.yaml', (text) =>
      text.replace(
        '\n  skills:\n    - api-documentation\n',
        '\n  skills:\n    - api-documentation\n    - kotlin-coroutines\n',
      ),
    );
    await edit('transitions.yaml', (text) =>
      text.replace(/- from: principal-engineer\n {2}to: distinguished-engineer\n(?: {2}.*\n| {4}.*\n)*/, ''),
    );
    await edit('salaries.yaml', (text) =>
      text.replace('evidence: [glossary:171]', 'evidence: [glossary:168-171]'),
    );
    await edit('roles.yaml', (text) => text.replace('name: Technical Lead', 'name: Tech Lead'));
    await git('commit', '-qam', 'second');
  });
  afterAll(() => rm(repository, { recursive: true, force: true }));

  const factsAt = async (ref: string) => {
    const seed = await seedAtRef(ref, repository);
    try {
      return factsOf(await loadSeed(seed.directory));
    } finally {
      await seed.cleanup();
    }
  };

  it('lists the facts added, removed and changed, evidence included', async () => {
    const diff = diffFacts(await factsAt('HEAD~1'), await factsAt('HEAD'));
    expect(diff.added.map((fact) => `${fact.type} ${fact.key}`)).toEqual(['Skill kotlin-coroutines']);
    expect(diff.removed.map((fact) => `${fact.type} ${fact.key}`)).toEqual([
      'TRANSITIONS_TO principal-engineer|distinguished-engineer',
    ]);
    expect(diff.changed.map((fact) => [fact.type, fact.key, fact.fields.map((f) => f.field)])).toEqual([
      ['Role', 'technical-lead', ['name']],
      ['PAYS', 'backend-developer|US|USD|YEAR|80000|150000|glossary', ['evidence']],
    ]);
    expect(diffSummary(diff)).toEqual(
      expect.arrayContaining([{ type: 'Skill', added: 1, removed: 0, changed: 0 }]),
    );
    expect(formatDiff(diff, 'HEAD~1', 'HEAD')).toMatch(
      /~ Role technical-lead\n {4}name: "Technical Lead" -> "Tech Lead"/,
    );
  });

  it('answers no change between a revision and itself', async () => {
    const facts = await factsAt('HEAD');
    expect(diffFacts(facts, facts)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('`npm run dataset:diff` prints the text and the JSON, and says what it does not know', async () => {
    const script = builtScript('src/dataset/diff-cli.js');
    const text = await run(process.execPath, [script, 'HEAD~1', 'HEAD', '--repo', repository]);
    expect(text.stdout).toContain('+ Skill kotlin-coroutines');
    expect(text.stdout).toContain('- TRANSITIONS_TO principal-engineer|distinguished-engineer');
    const json = JSON.parse(
      (await run(process.execPath, [script, 'HEAD~1', 'HEAD', '--json', '--repo', repository])).stdout,
    ) as {
      added: unknown[];
      removed: unknown[];
      changed: unknown[];
    };
    expect([json.added.length, json.removed.length, json.changed.length]).toEqual([1, 1, 2]);
    const unknown = await run(process.execPath, [script, 'no-such-ref', '--repo', repository]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(unknown).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('git does not know the revision "no-such-ref"'),
    });
  });
});
