import { performance } from 'node:perf_hooks';
import type { PathRanking } from '../src/domain/enums';
import { MemoryStore } from '../src/store/memory/memory-store';
import { LEVELS, randomInt } from './generate-graph';
import { mulberry32 } from './random';
import { summarize, type Stats } from './stats';
import { generateSeedGraph } from './generate-graph';

export const RANKINGS: readonly PathRanking[] = ['FEWEST_STEPS', 'FASTEST'];
export const MAX_STEPS = 8;
export const FIRST = 5;

export interface CareerPathsBenchOptions {
  readonly roleCount: number;
  readonly transitionsPerRole: number;
  /** Seed of the generated graph; the query pairs use a seed derived from it. */
  readonly seed: number;
  /** How many (from, to) pairs with a path to time. */
  readonly pairs: number;
  /** How many times every pair is timed, per ranking. */
  readonly repetitions: number;
  /** How many of the pairs are run (both rankings) before timing starts, besides the path check. */
  readonly warmupPairs: number;
}

export interface CareerPathsBenchResult {
  readonly roles: number;
  readonly transitions: number;
  readonly generateMs: number;
  readonly buildMs: number;
  /** Heap the store holds beyond the seed graph it was built from, after a GC when exposed. */
  readonly storeHeapMb: number;
  /** Heap in use with the seed graph and the store, after a GC when exposed. */
  readonly totalHeapMb: number;
  readonly pairsTried: number;
  readonly pairsWithPaths: number;
  /** Average number of paths returned (at most FIRST) over the pairs timed. */
  readonly averagePaths: number;
  readonly averagePathLength: number;
  /** nodesBySlug('Role', [slug]): what a trivial store call costs on this machine now. */
  readonly baseline: Stats;
  readonly byRanking: Readonly<Record<PathRanking, Stats>>;
}

const collectGarbage = (): void => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
};
const heapMb = () => process.memoryUsage().heapUsed / (1024 * 1024);

function query(from: string, to: string, rankBy: PathRanking) {
  return { from, to, maxSteps: MAX_STEPS, first: FIRST, rankBy, track: null, avoid: [] };
}

/**
 * One graph size: generate, build the store, find pairs with a path, warm up, then time careerPaths
 * (both rankings) and a trivial store call, interleaved so that both see the same machine state.
 */
export async function runCareerPathsScenario(
  options: CareerPathsBenchOptions,
): Promise<CareerPathsBenchResult> {
  const { roleCount } = options;
  let started = performance.now();
  const seed = generateSeedGraph(roleCount, options.transitionsPerRole, options.seed);
  const generateMs = performance.now() - started;

  collectGarbage();
  const heapBefore = heapMb();
  started = performance.now();
  const store = new MemoryStore(seed);
  const buildMs = performance.now() - started;
  collectGarbage();
  const totalHeapMb = heapMb();
  const storeHeapMb = totalHeapMb - heapBefore;

  // Pairs: a start on levels 0..6 and a target 1 to 5 levels up, kept when a path of at most
  // MAX_STEPS steps joins them. Roles are laid out level by level, so a level is a range of indexes.
  const random = mulberry32(options.seed ^ 0x5eed);
  const levelStart = (level: number) => Math.ceil((level * roleCount) / LEVELS);
  const roleOnLevel = (level: number) => {
    const first = levelStart(level);
    return `role-${first + randomInt(random, Math.max(1, levelStart(level + 1) - first))}`;
  };
  const pairs: { from: string; to: string }[] = [];
  let pairsTried = 0;
  let pathsFound = 0;
  let stepsFound = 0;
  while (pairs.length < options.pairs && pairsTried < options.pairs * 50) {
    pairsTried++;
    const fromLevel = randomInt(random, 7);
    const toLevel = Math.min(LEVELS - 1, fromLevel + 1 + randomInt(random, 5));
    const from = roleOnLevel(fromLevel);
    const to = roleOnLevel(toLevel);
    if (from === to) continue;
    const paths = await store.careerPaths(query(from, to, 'FEWEST_STEPS'));
    if (paths.length === 0) continue;
    pairs.push({ from, to });
    pathsFound += paths.length;
    stepsFound += paths.reduce((sum, path) => sum + path.length, 0);
  }
  if (pairs.length === 0) throw new Error(`no pair with a path among ${pairsTried} at ${roleCount} roles`);

  // Warm up both rankings and the baseline before any timing (the path check ran FEWEST_STEPS once).
  for (const { from, to } of pairs.slice(0, options.warmupPairs)) {
    for (const rankBy of RANKINGS) await store.careerPaths(query(from, to, rankBy));
    for (let i = 0; i < 100; i++) await store.nodesBySlug('Role', [from]);
  }

  const samples: Record<PathRanking, number[]> = { FEWEST_STEPS: [], FASTEST: [] };
  const baselineSamples: number[] = [];
  for (let repetition = 0; repetition < options.repetitions; repetition++) {
    for (const { from, to } of pairs) {
      for (const rankBy of RANKINGS) {
        const q = query(from, to, rankBy);
        const t0 = performance.now();
        await store.careerPaths(q);
        samples[rankBy].push(performance.now() - t0);
      }
      const t0 = performance.now();
      await store.nodesBySlug('Role', [from]);
      baselineSamples.push(performance.now() - t0);
    }
  }

  return {
    roles: seed.roles.length,
    transitions: seed.transitions.length,
    generateMs,
    buildMs,
    storeHeapMb,
    totalHeapMb,
    pairsTried,
    pairsWithPaths: pairs.length,
    averagePaths: pathsFound / pairs.length,
    averagePathLength: stepsFound / Math.max(1, pathsFound),
    baseline: summarize(baselineSamples),
    byRanking: { FEWEST_STEPS: summarize(samples.FEWEST_STEPS), FASTEST: summarize(samples.FASTEST) },
  };
}
