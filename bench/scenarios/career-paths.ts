import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/project-root';
import {
  FIRST,
  MAX_STEPS,
  RANKINGS,
  runCareerPathsScenario,
  type CareerPathsBenchResult as CareerPathsResult,
} from '../career-paths.bench';
import type { ScenarioOptions, ScenarioResult } from '../scenario';

/**
 * careerPaths latency on generated graphs of growing size (career-paths.bench.ts does one size).
 *
 * The full run times 1,000, 10,000 and 100,000 roles; `--quick` only the first two, with fewer
 * queries. Besides its section of latest.md, the report still goes to bench/results/career-paths.md
 * (full) or career-paths.quick.md (quick), as before the suite had other scenarios.
 */
const TRANSITIONS_PER_ROLE = 5;
const SEED = 20240601;
/** The issue's target: median careerPaths latency at 10,000 roles. */
const TARGET_ROLES = 10_000;
const TARGET_MEDIAN_MS = 50;

interface Size {
  readonly roles: number;
  /** (from, to) pairs with a path to time. */
  readonly pairs: number;
  /** Timed runs of every pair, per ranking. */
  readonly repetitions: number;
  readonly warmupPairs: number;
}

interface Plan {
  readonly name: string;
  readonly sizes: readonly Size[];
  readonly file: string;
}

// Fewer queries on bigger graphs keep the full run within a few minutes: with the store as it is, one
// query at 100,000 roles takes one to four seconds (see bench/README.md).
const plans: Record<'full' | 'quick', Plan> = {
  full: {
    name: 'full',
    sizes: [
      { roles: 1_000, pairs: 40, repetitions: 10, warmupPairs: 40 },
      { roles: 10_000, pairs: 40, repetitions: 3, warmupPairs: 20 },
      { roles: 100_000, pairs: 12, repetitions: 1, warmupPairs: 2 },
    ],
    file: 'career-paths.md',
  },
  quick: {
    name: 'quick',
    sizes: [
      { roles: 1_000, pairs: 15, repetitions: 3, warmupPairs: 15 },
      { roles: 10_000, pairs: 15, repetitions: 2, warmupPairs: 5 },
    ],
    file: 'career-paths.quick.md',
  },
};

const ms = (value: number) =>
  value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
const count = (value: number) => value.toLocaleString('en-US');
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

function report(plan: Plan, results: readonly CareerPathsResult[], wallSeconds: number): string {
  const latency = table(
    ['roles', 'transitions', 'ranking', 'median ms', 'p95 ms', 'max ms', 'samples', 'median / baseline'],
    results.flatMap((result) =>
      RANKINGS.map((ranking) => {
        const stats = result.byRanking[ranking];
        return [
          count(result.roles),
          count(result.transitions),
          ranking,
          ms(stats.median),
          ms(stats.p95),
          ms(stats.max),
          String(stats.samples),
          `${Math.round(stats.median / result.baseline.median).toLocaleString('en-US')}x`,
        ];
      }),
    ),
  );

  const growthRows: string[][] = [];
  for (let i = 1; i < results.length; i++) {
    const small = results[i - 1] as CareerPathsResult;
    const large = results[i] as CareerPathsResult;
    growthRows.push([
      `${count(large.roles)} / ${count(small.roles)}`,
      `${(large.roles / small.roles).toFixed(1)}x`,
      ...RANKINGS.map(
        (ranking) => `${(large.byRanking[ranking].median / small.byRanking[ranking].median).toFixed(1)}x`,
      ),
      `${(large.baseline.median / small.baseline.median).toFixed(1)}x`,
    ]);
  }
  const growth = table(
    ['sizes', 'size ratio', ...RANKINGS.map((ranking) => `${ranking} median ratio`), 'baseline median ratio'],
    growthRows,
  );

  const setup = table(
    [
      'roles',
      'generate ms',
      'store build ms',
      'store heap MB',
      'total heap MB',
      'pairs with a path / tried',
      'avg paths returned',
      'avg path length',
      'baseline median µs',
    ],
    results.map((result) => [
      count(result.roles),
      ms(result.generateMs),
      ms(result.buildMs),
      result.storeHeapMb.toFixed(0),
      result.totalHeapMb.toFixed(0),
      `${result.pairsWithPaths} / ${result.pairsTried}`,
      result.averagePaths.toFixed(2),
      result.averagePathLength.toFixed(2),
      (result.baseline.median * 1000).toFixed(1),
    ]),
  );

  const atTarget = results.find((result) => result.roles === TARGET_ROLES);
  const verdict = atTarget
    ? RANKINGS.map((ranking) => {
        const median = atTarget.byRanking[ranking].median;
        return `- ${ranking} at ${count(TARGET_ROLES)} roles: median ${ms(median)} ms, target < ${TARGET_MEDIAN_MS} ms: ${median < TARGET_MEDIAN_MS ? 'met' : 'NOT met'}`;
      }).join('\n')
    : '';

  const cpus = os.cpus();
  return [
    `# careerPaths benchmark (${plan.name} run)`,
    '',
    `Query: \`careerPaths(first: ${FIRST}, maxSteps: ${MAX_STEPS}, track: null, avoid: [])\` on the MemoryStore,`,
    `generated graphs with about ${TRANSITIONS_PER_ROLE} transitions per role (seed ${SEED}). Per size, deterministic`,
    `random (from, to) pairs with a path of at most ${MAX_STEPS} steps, each timed ${plan.sizes.map((size) => `${size.repetitions}x`).join(' / ')}`,
    "per ranking after a warm-up. Baseline: `nodesBySlug('Role', [slug])`, timed in the same loop.",
    'Machines are noisy: compare ratios, not absolute times.',
    '',
    `Machine: ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
    `Run took ${wallSeconds.toFixed(1)} s.`,
    '',
    '## Latency',
    '',
    latency,
    '',
    '## Growth of the median with graph size',
    '',
    growth,
    '',
    '## Graphs and store',
    '',
    setup,
    '',
    ...(verdict ? ['## Target', '', verdict, ''] : []),
  ].join('\n');
}

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const plan = options.quick ? plans.quick : plans.full;
  const started = performance.now();
  const results: CareerPathsResult[] = [];
  for (const size of plan.sizes) {
    const sizeStarted = performance.now();
    results.push(
      await runCareerPathsScenario({
        roleCount: size.roles,
        transitionsPerRole: TRANSITIONS_PER_ROLE,
        seed: SEED,
        pairs: size.pairs,
        repetitions: size.repetitions,
        warmupPairs: size.warmupPairs,
      }),
    );
    const seconds = (performance.now() - sizeStarted) / 1000;
    console.error(`bench: careerPaths at ${count(size.roles)} roles done in ${seconds.toFixed(1)} s`);
  }
  const markdown = report(plan, results, (performance.now() - started) / 1000);
  const target = path.join(projectRoot, 'bench', 'results', plan.file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, markdown);
  // In latest.md this is one section among others: drop the title, nest the headings one level down.
  const section = markdown
    .split('\n')
    .slice(2)
    .map((line) => (line.startsWith('## ') ? `#${line}` : line))
    .join('\n');
  return { title: 'careerPaths latency by graph size', markdown: section.trim() };
}
