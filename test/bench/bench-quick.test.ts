import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { builtScript } from '../support/built-script';

/**
 * The benchmark suite still runs and reports: `node dist/bench/run.js --quick` (npm test builds first)
 * must exit 0 and print, and write to bench/results/latest.quick.md, a well-formed report: every
 * scenario's section, with tables whose rows have numeric cells. No figure is checked against a
 * threshold: this machine's speed is not under test.
 */
const TITLES = [
  'careerPaths latency by graph size',
  'Batching: store calls per operation',
  'Throughput against the server’s own ceiling',
  'Start-up and memory',
  'Where the time goes: CPU profile of the role page',
];

function runQuickBench(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', builtScript('bench/run.js'), '--quick'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Markdown tables of a report: their header and body rows, as cells. */
function tablesOf(markdown: string): { header: string[]; rows: string[][] }[] {
  const tables: { header: string[]; rows: string[][] }[] = [];
  const lines = markdown.split('\n');
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  for (let i = 0; i < lines.length - 1; i++) {
    if (!lines[i]?.startsWith('|') || !/^\|( ?---+ ?\|)+$/.test(lines[i + 1]?.trim() ?? '')) continue;
    const header = cells(lines[i] as string);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]?.startsWith('|'); j++) rows.push(cells(lines[j] as string));
    tables.push({ header, rows });
    i = j;
  }
  return tables;
}

const numeric = /^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?\s*(x|×|%|ms|s|µs|MB|kB)?$/i;

describe('npm run bench -- --quick', () => {
  let result: { code: number | null; stdout: string; stderr: string };
  let written: string;

  beforeAll(async () => {
    result = await runQuickBench();
    written = await readFile(path.join(projectRoot, 'bench', 'results', 'latest.quick.md'), 'utf8');
  }, 400_000);

  it('exits 0 with no failed scenario', () => {
    expect({ code: result.code, stderr: result.code === 0 ? '' : result.stderr }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(result.stdout).not.toContain('FAILED');
  });

  it('prints and writes the same report, with every scenario section', () => {
    expect(result.stdout).toContain(written.trim());
    expect(written).toMatch(/^# careergraph benchmarks \(quick run\)/);
    for (const title of TITLES) expect(written).toContain(`## ${title}\n`);
    // The other scenarios (scale, stores) have their own titles: every section listed in the summary is present
    // (stores is listed, with a note, though --quick leaves it out).
    const summary = tablesOf(written)[0];
    expect(summary?.header).toEqual(['scenario', 'section', 'seconds', 'status']);
    for (const row of summary?.rows ?? []) {
      expect(row[3]).toBe('ok');
      // A section may bring its own, longer heading ("## Scale: store operations ...").
      expect(written).toContain(`## ${row[1]}`);
    }
    expect(summary?.rows.length).toBeGreaterThanOrEqual(TITLES.length);
  });

  it('has tables with rows of equal width and numeric cells in every row', () => {
    const tables = tablesOf(written);
    expect(tables.length).toBeGreaterThanOrEqual(TITLES.length + 1);
    for (const table of tables) {
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) {
        expect(row).toHaveLength(table.header.length);
        for (const cell of row) expect(cell).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
    // Every section's first table has a numeric cell in every row.
    for (const title of TITLES) {
      const section = written.slice(written.indexOf(`## ${title}\n`) + 1);
      const first = tablesOf(
        section.slice(0, section.indexOf('\n## ') === -1 ? undefined : section.indexOf('\n## ')),
      )[0];
      expect(first).toBeDefined();
      for (const row of first?.rows ?? []) expect(row.some((cell) => numeric.test(cell))).toBe(true);
    }
  });
});
