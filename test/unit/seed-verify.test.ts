import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultSeedDirectory } from '../../src/seed/load-seed';
import { readSeedFiles, type SeedFiles } from '../../src/seed/read-seed-files';
import { formatSeedProblem } from '../../src/seed/seed-errors';
import {
  documentsDirectory,
  readDocuments,
  readDocumentText,
  repairText,
  type SourceDocument,
} from '../../src/seed/verify/documents';
import { holdsNumber, holdsTerm, wordsOf } from '../../src/seed/verify/terms';
import { quotedPhrases, verifySeed } from '../../src/seed/verify/verify-seed';
import { builtScript } from '../support/built-script';

/**
 * The source documents live outside the project (../shared/seeds, or SEED_DOCUMENTS). Where they are
 * missing the checks against them are skipped, saying why, unless CAREERGRAPH_REQUIRE_DOCUMENTS=true
 * (set by .ci/run) makes that a failure.
 */
const folder = documentsDirectory();
let documents: Map<string, SourceDocument> | null = null;
let seedFiles: SeedFiles;

beforeAll(async () => {
  documents = await readDocuments(folder);
  if ((documents === null || documents.size === 0) && process.env.CAREERGRAPH_REQUIRE_DOCUMENTS === 'true')
    throw new Error(`CAREERGRAPH_REQUIRE_DOCUMENTS is set but ${folder} holds no documents`);
  const read = await readSeedFiles(defaultSeedDirectory);
  if (!read.ok) throw new Error(read.problems.map(formatSeedProblem).join('\n'));
  seedFiles = read.files;
});

const withDocuments = (name: string, test: () => void | Promise<void>) =>
  it(name, async () => {
    if (documents === null || documents.size === 0) {
      console.warn(`skipped "${name}": no source documents in ${folder} (set SEED_DOCUMENTS)`);
      return;
    }
    await test();
  });

/** The seed's content with one fact's evidence replaced: a fixture that differs from the real seed in one place. */
function withEvidence(
  file: 'roles.yaml',
  slug: string,
  edit: (entry: SeedFiles['content']['roles.yaml'][number]) => void,
): SeedFiles {
  const content = structuredClone(seedFiles.content);
  const entry = content[file].find((role) => role.slug === slug);
  if (!entry) throw new Error(`no ${slug}`);
  edit(entry);
  return { ...seedFiles, content };
}

describe("matching a fact's terms in a document", () => {
  it('finds a term by word stems, in order, across case and punctuation', () => {
    const words = wordsOf('Write automated tests including unit, integration, and end-to-end tests.');
    expect(holdsTerm(words, 'Automated Testing')).toBe(true);
    expect(holdsTerm(words, 'End-to-end tests')).toBe(true);
    expect(holdsTerm(words, 'Testing automated')).toBe(false);
  });

  it('keeps C, C# and C++ apart, and reads "$80,000" as 80000', () => {
    const words = wordsOf('Languages: C#, C++; pay $80,000 - $140,000');
    expect(holdsTerm(words, 'C#')).toBe(true);
    expect(holdsTerm(words, 'C')).toBe(false);
    expect(holdsNumber(words, 80000)).toBe(true);
    expect(holdsNumber(words, 140000)).toBe(true);
    expect(holdsNumber(words, 8000)).toBe(false);
  });

  it("undoes the engine-room guide's mis-decoded dashes", () => {
    expect(repairText('0โ2 years experience')).toBe('0–2 years experience');
    expect(holdsNumber(wordsOf(repairText('0โ2 years')), 2)).toBe(true);
  });

  it('counts a last line without a final newline, and no phantom line after a final one', () => {
    expect(readDocumentText('a.txt', 'one\ntwo').lineCount).toBe(2);
    expect(readDocumentText('a.txt', 'one\ntwo\n').lineCount).toBe(2);
  });

  it('finds the phrases a reading quotes, not apostrophes inside words', () => {
    expect(quotedPhrases("the 'DevOps/SRE' specialisation, a data engineer's 'key tools'")).toEqual([
      'DevOps/SRE',
      'key tools',
    ]);
    expect(quotedPhrases(null)).toEqual([]);
  });
});

describe('seed:verify on the five documents', () => {
  withDocuments("holds every locator of the seed: lines exist and hold the fact's own terms", () => {
    const report = verifySeed(seedFiles, documents as Map<string, SourceDocument>);
    expect(report.problems.map(formatSeedProblem)).toEqual([]);
    expect(report.checked).toBeGreaterThan(1000);
    expect(report.inferred).toBeGreaterThan(50);
  });

  withDocuments('reports a locator past the end of its document, with the seed file and line', () => {
    const broken = withEvidence('roles.yaml', 'junior-backend-developer', (role) => {
      role.skills[0]!.evidence = [{ ...role.skills[0]!.evidence[0]!, lines: { start: 500, end: 501 } }];
    });
    const [problem] = verifySeed(broken, documents as Map<string, SourceDocument>).problems;
    expect(problem && formatSeedProblem(problem)).toMatch(
      /^roles\.yaml:\d+ #2 \(junior-backend-developer\) skills\[0\]\.evidence\[0\]: career-guide:500-501: 000_\w+\.txt has 107 lines$/,
    );
  });

  withDocuments('reports lines that do not name the skill a requirement links', () => {
    // Line 41 is the career path's introduction: it names no skill.
    const broken = withEvidence('roles.yaml', 'junior-backend-developer', (role) => {
      role.skills[0]!.evidence = [{ ...role.skills[0]!.evidence[0]!, lines: { start: 41, end: 41 } }];
    });
    const messages = verifySeed(broken, documents as Map<string, SourceDocument>).problems.map(
      formatSeedProblem,
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /career-guide:41: the lines do not hold role "Junior Backend Developer" or skill "Debugging"$/,
      ),
    ]);
  });

  withDocuments('reports an experience band the cited lines do not state', () => {
    const broken = withEvidence('roles.yaml', 'senior-backend-developer', (role) => {
      role.experience = { min: 7, max: null };
    });
    const messages = verifySeed(broken, documents as Map<string, SourceDocument>).problems.map(
      formatSeedProblem,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /\(senior-backend-developer\) evidence\[\d\]: career-guide:47: the lines do not hold the figure 7/,
        ),
      ]),
    );
  });

  withDocuments('reports a reading that quotes words its lines do not hold', () => {
    const broken = withEvidence('roles.yaml', 'staff-engineer', (role) => {
      const item = role.skills[1]!.evidence[0]!;
      role.skills[1]!.evidence = [{ ...item, note: "'solve the hardest puzzles'" }];
    });
    const messages = verifySeed(broken, documents as Map<string, SourceDocument>).problems.map(
      formatSeedProblem,
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /\(staff-engineer\) skills\[1\]\.evidence\[0\]: career-guide:51: the reading quotes 'solve the hardest puzzles'/,
      ),
    ]);
  });

  withDocuments('reports a move duration that no document states', () => {
    const content = structuredClone(seedFiles.content);
    (content['transitions.yaml'][0] as { typicalYears: number | null }).typicalYears = 2;
    const messages = verifySeed(
      { ...seedFiles, content },
      documents as Map<string, SourceDocument>,
    ).problems.map(formatSeedProblem);
    expect(messages).toEqual([
      expect.stringMatching(
        /^transitions\.yaml:\d+ #1 .* typicalYears: typicalYears 2 has no STATED evidence item about typicalYears/,
      ),
    ]);
  });

  withDocuments(
    '`npm run seed:verify` exits 1 on a broken copy and names file:line, 0 on the seed',
    async () => {
      const run = promisify(execFile);
      const ok = await run(process.execPath, [builtScript('src/seed/verify-cli.js')], {
        env: { ...process.env, SEED_DOCUMENTS: folder },
      });
      expect(ok.stdout).toMatch(/all \d+ locators hold/);
      const scratch = await mkdtemp(path.join(os.tmpdir(), 'careergraph-verify-'));
      try {
        await cp(defaultSeedDirectory, scratch, { recursive: true });
        const file = path.join(scratch, 'salaries.yaml');
        await writeFile(
          file,
          (await readFile(file, 'utf8')).replace('evidence: [glossary:171]', 'evidence: [glossary:170]'),
        );
        const failure = await run(process.execPath, [builtScript('src/seed/verify-cli.js')], {
          env: { ...process.env, SEED_DOCUMENTS: folder, SEED_DIR: scratch },
        }).catch((error: { code: number; stderr: string }) => error);
        expect('code' in failure && failure.code).toBe(1);
        expect((failure as { stderr: string }).stderr).toMatch(
          /salaries\.yaml:\d+ #2 \(backend-developer\) evidence\[0\]: glossary:170: the lines do not hold the figure 80000/,
        );
      } finally {
        await rm(scratch, { recursive: true, force: true });
      }
    },
  );
});
