import { performance } from 'node:perf_hooks';
import type { RoleEntity } from '../../src/domain/entities';
import { relevanceFloor } from '../../src/domain/search-scoring';
import { roleSkillGap } from '../../src/services/skill-gap.service';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { summarize, type Stats } from '../stats';
import { LEVELS, generateSeedGraph, randomInt, type Random } from '../generate-graph';
import { mulberry32 } from '../random';
import type { ScenarioResult, TargetCheck } from '../scenario';
import { prefix, typo } from '../search-queries';

const TRANSITIONS_PER_ROLE = 5;
const SEED = 7;

/** One timed operation: `next` picks fresh inputs (untimed) and returns the call the clock sees. */
interface Operation {
  readonly name: string;
  readonly what: string;
  next(): () => Promise<unknown>;
}

interface Plan {
  readonly sizes: readonly number[];
  /** Samples per operation and size (fewer when the time budget runs out first, never fewer than minSamples). */
  readonly samples: number;
  readonly minSamples: number;
  /** Time budget of one operation on one size, in ms (the baseline is not counted). */
  readonly budgetMs: number;
}

const plans: Record<'quick' | 'full', Plan> = {
  quick: { sizes: [1_000, 10_000], samples: 60, minSamples: 8, budgetMs: 350 },
  full: { sizes: [1_000, 10_000, 100_000], samples: 200, minSamples: 10, budgetMs: 2_500 },
};

interface SizeResult {
  readonly roles: number;
  readonly transitions: number;
  readonly buildMs: number;
  readonly stats: ReadonlyMap<string, Stats>;
}

const ms = (value: number) =>
  value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
const count = (value: number) => value.toLocaleString('en-US');
const ratio = (value: number) => (value >= 10 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`);

function operations(store: MemoryStore, roles: readonly RoleEntity[], random: Random): Operation[] {
  const roleCount = roles.length;
  const level = (index: number) => Math.floor((index * LEVELS) / roleCount);
  const anyRole = () => roles[randomInt(random, roleCount)] as RoleEntity;
  // A career-path target 1 to 3 levels above the start, so most pairs have a path within 8 steps.
  const pathPair = () => {
    const from = randomInt(random, Math.ceil((roleCount * 7) / LEVELS));
    const toLevel = Math.min(LEVELS - 1, level(from) + 1 + randomInt(random, 3));
    const first = Math.ceil((toLevel * roleCount) / LEVELS);
    const last = Math.ceil(((toLevel + 1) * roleCount) / LEVELS);
    return { from: `role-${from}`, to: `role-${first + randomInt(random, Math.max(1, last - first))}` };
  };
  return [
    {
      name: 'careerPaths',
      what: 'first 5, maxSteps 8, FEWEST_STEPS; target 1–3 levels up',
      next: () => {
        const { from, to } = pathPair();
        const query = {
          from,
          to,
          maxSteps: 8,
          first: 5,
          rankBy: 'FEWEST_STEPS',
          track: null,
          avoid: [],
        } as const;
        return () => store.careerPaths(query);
      },
    },
    {
      name: 'skillGap',
      what: '`roleSkillGap(store, from, to)`, random pair',
      next: () => {
        const from = anyRole().slug;
        const to = anyRole().slug;
        return () => roleSkillGap(store, from, to);
      },
    },
    {
      name: 'relatedRoles',
      what: '`store.relatedRoles([slug], 5)`',
      next: () => {
        const slug = anyRole().slug;
        return () => store.relatedRoles([slug], 5);
      },
    },
    {
      name: 'search (exact name)',
      what: 'a role name, e.g. "Senior Backend Engineer 17"; limit 10',
      next: () => {
        const text = anyRole().name;
        return () => store.search({ text, kinds: null, limit: 10, minScore: relevanceFloor });
      },
    },
    {
      name: 'search (prefix)',
      what: 'a word cut to 4 letters plus a number, e.g. "Back 17"; limit 10',
      next: () => {
        const text = prefix(random, anyRole().name);
        return () => store.search({ text, kinds: null, limit: 10, minScore: relevanceFloor });
      },
    },
    {
      name: 'search (typo)',
      what: 'one word with a letter dropped, e.g. "Enginer"; limit 10',
      next: () => {
        const text = typo(random, anyRole().name);
        return () => store.search({ text, kinds: null, limit: 10, minScore: relevanceFloor });
      },
    },
  ];
}

async function runSize(roleCount: number, plan: Plan): Promise<SizeResult> {
  const seed = generateSeedGraph(roleCount, TRANSITIONS_PER_ROLE, SEED);
  const started = performance.now();
  const store = new MemoryStore(seed);
  const buildMs = performance.now() - started;
  const random = mulberry32(SEED ^ roleCount);
  const ops = operations(store, seed.roles, random);
  const anySlug = () => `role-${randomInt(random, roleCount)}`;

  // Warm-up: a few calls of everything (JIT, lazy indexes).
  for (let i = 0; i < 3; i++) for (const op of ops) await op.next()();
  for (let i = 0; i < 200; i++) await store.nodesBySlug('Role', [anySlug()]);

  // Round robin: one sample of each operation per round, each followed by a baseline sample, so every
  // operation and the baseline see the same machine state. An operation leaves once its budget is spent.
  const samples = new Map<string, number[]>(ops.map((op) => [op.name, []]));
  const spent = new Map<string, number>(ops.map((op) => [op.name, 0]));
  const baseline: number[] = [];
  for (let round = 0; round < plan.samples; round++) {
    let active = 0;
    for (const op of ops) {
      const own = samples.get(op.name) as number[];
      if (own.length >= plan.minSamples && (spent.get(op.name) as number) >= plan.budgetMs) continue;
      active++;
      const call = op.next();
      const t0 = performance.now();
      await call();
      const elapsed = performance.now() - t0;
      own.push(elapsed);
      spent.set(op.name, (spent.get(op.name) as number) + elapsed);
      const slug = anySlug();
      const t1 = performance.now();
      await store.nodesBySlug('Role', [slug]);
      baseline.push(performance.now() - t1);
    }
    if (active === 0) break;
  }
  const stats = new Map<string, Stats>([['nodesBySlug (baseline)', summarize(baseline)]]);
  for (const op of ops) stats.set(op.name, summarize(samples.get(op.name) as number[]));
  return { roles: seed.roles.length, transitions: seed.transitions.length, buildMs, stats };
}

function report(results: readonly SizeResult[], quick: boolean, totalMs: number): string {
  const names = [...(results[0]?.stats.keys() ?? [])];
  const lines: string[] = [];
  lines.push(
    `## Scale: store operations on 1,000 to ${count(results[results.length - 1]?.roles ?? 0)} roles`,
  );
  lines.push('');
  lines.push(
    `Generated graphs (\`generateSeedGraph(n, ${TRANSITIONS_PER_ROLE}, ${SEED})\`: 200 skills, 5 requirements per role) ` +
      'on the embedded store, called in-process. Each round times one call of every operation with fresh ' +
      'deterministic random inputs, each followed by a trivial `nodesBySlug(Role, [slug])` baseline, after a ' +
      `warm-up; an operation stops after ${quick ? plans.quick.samples : plans.full.samples} samples or once ` +
      `it has spent ${quick ? plans.quick.budgetMs : plans.full.budgetMs} ms. Median and p95 (nearest rank); ` +
      '"× baseline" is the median against the baseline median of the same run.' +
      (quick ? ' Quick run: 1,000 and 10,000 roles only, small samples.' : ''),
  );
  lines.push('');
  lines.push('| roles | transitions | store build |');
  lines.push('| ---: | ---: | ---: |');
  for (const r of results) lines.push(`| ${count(r.roles)} | ${count(r.transitions)} | ${ms(r.buildMs)} |`);
  lines.push('');
  lines.push(`| operation | ${results.map((r) => `${count(r.roles)}: median / p95 (n)`).join(' | ')} |`);
  lines.push(`| --- | ${results.map(() => '---:').join(' | ')} |`);
  for (const name of names) {
    const cells = results.map((r) => {
      const s = r.stats.get(name) as Stats;
      return `${ms(s.median)} / ${ms(s.p95)} (${s.samples})`;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  const steps = results.slice(1).map((r, i) => ({ from: results[i] as SizeResult, to: r }));
  lines.push(
    `| operation | ${results.map((r) => `× baseline at ${count(r.roles)}`).join(' | ')} | ` +
      `${steps.map((s) => `median growth ${count(s.from.roles)} → ${count(s.to.roles)}`).join(' | ')} |`,
  );
  lines.push(`| --- | ${[...results, ...steps].map(() => '---:').join(' | ')} |`);
  for (const name of names) {
    const relative = results.map((r) => {
      const base = (r.stats.get('nodesBySlug (baseline)') as Stats).median;
      return ratio((r.stats.get(name) as Stats).median / base);
    });
    const growth = steps.map((s) =>
      ratio((s.to.stats.get(name) as Stats).median / (s.from.stats.get(name) as Stats).median),
    );
    lines.push(`| ${name} | ${[...relative, ...growth].join(' | ')} |`);
  }
  lines.push('');
  lines.push(`Scenario time: ${(totalMs / 1000).toFixed(1)} s (graph generation and store builds included).`);
  lines.push('');
  return lines.join('\n');
}

/** Scenario 3 of issue 7: how each store operation's latency grows with the graph, beside a trivial baseline. */
export async function run(options: { quick: boolean }): Promise<ScenarioResult> {
  const plan = options.quick ? plans.quick : plans.full;
  const started = performance.now();
  const results: SizeResult[] = [];
  for (const size of plan.sizes) results.push(await runSize(size, plan));
  return {
    title: 'Scale',
    markdown: report(results, options.quick, performance.now() - started),
    targets: options.quick ? [] : targetChecks(results),
  };
}

/** Issue 15, target 4: skillGap and relatedRoles at the largest size, median under 5 ms, growth ≤ ~2× per 10×. */
function targetChecks(results: readonly SizeResult[]): TargetCheck[] {
  const last = results[results.length - 1] as SizeResult;
  return ['skillGap', 'relatedRoles'].flatMap((name) => {
    const median = (last.stats.get(name) as Stats).median;
    const growth = results
      .slice(1)
      .map(
        (r, i) =>
          (r.stats.get(name) as Stats).median / ((results[i] as SizeResult).stats.get(name) as Stats).median,
      );
    return [
      {
        target: `${name} at ${count(last.roles)} roles (embedded): median < 5 ms`,
        figure: ms(median),
        met: median < 5,
      },
      {
        target: `${name}: median growth ≤ ~2× per 10× roles`,
        figure: growth.map((g) => `${g.toFixed(1)}×`).join(', '),
        // "About 2×": a quarter over is still about.
        met: growth.every((g) => g <= 2.5),
      },
    ];
  });
}
