import { performance } from 'node:perf_hooks';
import { relevanceFloor } from '../../src/domain/search-scoring';
import type { SeedGraph } from '../../src/seed/seed-graph';
import type { GraphStore, SearchQuery } from '../../src/store/graph-store';
import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { seedNeo4j } from '../../src/store/neo4j/neo4j-seeder';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { SearchIndex, searchEntriesOf } from '../../src/store/search-index';
import { startNeo4jProcess, type Neo4jProcess } from '../../test/support/neo4j-process';
import { summarize, type Stats } from '../stats';
import { generateSeedGraph, randomInt, type Random } from '../generate-graph';
import { mulberry32 } from '../random';
import type { ScenarioResult, TargetCheck } from '../scenario';
import { prefix, typo } from '../search-queries';
import { benchNeo4jClient } from './support';

const TRANSITIONS_PER_ROLE = 5;
const SEED = 7;

/** Issue 15, target 3: at 100,000 roles, median under 10 ms and p95 under 50 ms, ~2x growth per 10x roles. */
const targets = { medianMs: 10, p95Ms: 50, growthPer10x: 2, neo4jRatio: 3 } as const;

const plans = {
  quick: { sizes: [1_000, 10_000], samples: 100, neo4jRoles: 0 },
  full: { sizes: [1_000, 10_000, 100_000], samples: 300, neo4jRoles: 10_000 },
} as const;

const kinds = {
  'exact name': (random: Random, name: string) => name,
  prefix,
  typo,
} as const;
type QueryKind = keyof typeof kinds;

type Texts = readonly (readonly [QueryKind, readonly string[]])[];
type Search = (query: SearchQuery) => Promise<unknown> | unknown;

/** `samples` search texts of each kind drawn from the graph's role names, deterministic per graph size. */
function textsOf(graph: SeedGraph, samples: number): Texts {
  const random = mulberry32(SEED ^ graph.roles.length);
  return (Object.keys(kinds) as QueryKind[]).map(
    (kind) =>
      [
        kind,
        Array.from({ length: samples }, () =>
          kinds[kind](random, (graph.roles[randomInt(random, graph.roles.length)] as { name: string }).name),
        ),
      ] as const,
  );
}

const queryOf = (text: string): SearchQuery => ({ text, kinds: null, limit: 10, minScore: relevanceFloor });

/**
 * Times `samples` searches of each kind on every target, interleaved: sample i of every kind on every
 * target before sample i + 1. Figures compared with each other (growth with graph size, Neo4j against
 * embedded) then share the machine's noise, garbage collections and cache pressure, instead of one size
 * being measured while another job runs. Searches of a few microseconds are swayed by exactly that.
 */
async function timeInterleaved(
  targets: readonly { search: Search; texts: Texts }[],
  samples: number,
): Promise<Map<QueryKind, Stats>[]> {
  // Warm-up: JIT, and on Neo4j the first load of the index.
  for (const { search, texts } of targets)
    for (const [, list] of texts) for (const text of list.slice(0, 20)) await search(queryOf(text));
  (globalThis as { gc?: () => void }).gc?.();
  const times = targets.map(({ texts }) => new Map<QueryKind, number[]>(texts.map(([kind]) => [kind, []])));
  for (let i = 0; i < samples; i++)
    for (const [at, { search, texts }] of targets.entries())
      for (const [kind, list] of texts) {
        const query = queryOf(list[i] as string);
        const t0 = performance.now();
        await search(query);
        (times[at]?.get(kind) as number[]).push(performance.now() - t0);
      }
  return times.map((byKind) => new Map([...byKind].map(([kind, list]) => [kind, summarize(list)])));
}

const ms = (value: number) => (value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`);
const count = (value: number) => value.toLocaleString('en-US');

async function neo4jFigures(
  graph: SeedGraph,
  embedded: Search,
  samples: number,
): Promise<{ embedded: Map<QueryKind, Stats>; neo4j: Map<QueryKind, Stats>; setup: string }> {
  let database: Neo4jProcess | undefined;
  let client: Neo4jClient | undefined;
  try {
    const t0 = performance.now();
    database = await startNeo4jProcess({ maxHeap: '2g', quickJit: false });
    client = benchNeo4jClient(database.uri, { maxPoolSize: 10, queryTimeoutMs: 300_000 });
    await migrate(client);
    await seedNeo4j(client, graph, { prune: false });
    const store: GraphStore = new Neo4jStore(client);
    const t1 = performance.now();
    await store.search({ text: 'warm', kinds: null, limit: 1, minScore: relevanceFloor });
    const loadMs = performance.now() - t1;
    const texts = textsOf(graph, samples);
    const [ownStats, neo4jStats] = await timeInterleaved(
      [
        { search: embedded, texts },
        { search: (query) => store.search(query), texts },
      ],
      samples,
    );
    return {
      embedded: ownStats as Map<QueryKind, Stats>,
      neo4j: neo4jStats as Map<QueryKind, Stats>,
      setup:
        `Neo4j started and seeded in ${((t1 - t0) / 1000).toFixed(1)} s; the API process built its search ` +
        `index from it in ${(loadMs / 1000).toFixed(2)} s (the first search).`,
    };
  } finally {
    await client?.close().catch(() => undefined);
    await database?.stop();
  }
}

/**
 * Search as the graph grows (issue 15, target 3): exact names, prefixes and typos on generated graphs,
 * on the embedded store's index, and on Neo4j (the same index, built from the database and kept
 * fresh by a version check at most once a second) at 10,000 roles in the full run.
 */
export async function run(options: { quick: boolean }): Promise<ScenarioResult> {
  const plan = options.quick ? plans.quick : plans.full;
  const started = performance.now();
  let neo4j: {
    roles: number;
    embedded: Map<QueryKind, Stats>;
    neo4j: Map<QueryKind, Stats>;
    setup: string;
  } | null = null;
  const built: { roles: number; buildMs: number; index: SearchIndex; texts: Texts }[] = [];
  for (const size of plan.sizes) {
    const graph = generateSeedGraph(size, TRANSITIONS_PER_ROLE, SEED);
    const t0 = performance.now();
    const index = new SearchIndex(searchEntriesOf(graph));
    const buildMs = performance.now() - t0;
    built.push({ roles: size, buildMs, index, texts: textsOf(graph, plan.samples) });
    if (size === plan.neo4jRoles) {
      const figures = await neo4jFigures(graph, (query) => index.search(query), plan.samples);
      neo4j = { roles: size, ...figures };
    }
  }
  // Every size in one interleaved run, so the growth per 10× is a ratio of figures measured together.
  const stats = await timeInterleaved(
    built.map(({ index, texts }) => ({ search: (query: SearchQuery) => index.search(query), texts })),
    plan.samples,
  );
  const rows = built.map(({ roles, buildMs }, at) => ({
    roles,
    buildMs,
    stats: stats[at] as Map<QueryKind, Stats>,
  }));

  const lines: string[] = [];
  lines.push(
    `Generated graphs (\`generateSeedGraph(n, ${TRANSITIONS_PER_ROLE}, ${SEED})\`), the search index of every ` +
      `store (src/store/search-index.ts) called in-process, ${plan.samples} searches of each kind per size ` +
      `(limit 10, the default floor), after a warm-up, interleaved: every size and kind in turn, so the ` +
      `growth per 10× compares figures measured together (the same for Neo4j against the embedded index). Exact: a role's name ("Senior Backend ` +
      `Engineer 17"); prefix: a word cut to four letters and the role's number ("Back 17"); typo: one ` +
      `word with a letter dropped ("Enginer", which most roles hold).`,
  );
  lines.push('');
  lines.push(`| search | ${rows.map((r) => `${count(r.roles)} roles: median / p95`).join(' | ')} |`);
  lines.push(`| --- | ${rows.map(() => '---:').join(' | ')} |`);
  lines.push(`| index build | ${rows.map((r) => ms(r.buildMs)).join(' | ')} |`);
  for (const kind of Object.keys(kinds) as QueryKind[])
    lines.push(
      `| ${kind} | ${rows
        .map((r) => {
          const s = r.stats.get(kind) as Stats;
          return `${ms(s.median)} / ${ms(s.p95)}`;
        })
        .join(' | ')} |`,
    );
  lines.push('');
  const last = rows[rows.length - 1];
  if (last && !options.quick) {
    lines.push(
      `Targets at ${count(last.roles)} roles (issue 15): median < ${targets.medianMs} ms, p95 < ${targets.p95Ms} ms, growth ≤ ~${targets.growthPer10x}× per 10× roles.`,
    );
    lines.push('');
    for (const kind of Object.keys(kinds) as QueryKind[]) {
      const s = last.stats.get(kind) as Stats;
      const growth = medianGrowth(rows, kind);
      const met = s.median < targets.medianMs && s.p95 < targets.p95Ms;
      lines.push(
        `- ${kind}: median ${ms(s.median)}, p95 ${ms(s.p95)} (${met ? 'met' : 'not met'}); median growth per 10× ` +
          `${growth.map((g) => `${g.toFixed(1)}×`).join(', ')} (${growth.every((g) => g <= targets.growthPer10x * 1.25) ? 'met' : 'not met'})`,
      );
    }
    lines.push('');
  }
  if (neo4j) {
    lines.push(
      `On Neo4j at ${count(neo4j.roles)} roles (\`Neo4jStore.search\`, in-process, the index checked against the database's search version at most once a second): ${neo4j.setup}`,
    );
    lines.push('');
    lines.push('| search | embedded: median / p95 | Neo4j: median / p95 | Neo4j ÷ embedded (median) |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const kind of Object.keys(kinds) as QueryKind[]) {
      const e = neo4j.embedded.get(kind) as Stats;
      const n = neo4j.neo4j.get(kind) as Stats;
      const ratio = n.median / e.median;
      lines.push(
        `| ${kind} | ${ms(e.median)} / ${ms(e.p95)} | ${ms(n.median)} / ${ms(n.p95)} | ${ratio.toFixed(2)}× (${ratio <= targets.neo4jRatio ? 'met' : 'not met'}) |`,
      );
    }
    lines.push('');
  }
  lines.push(`Scenario time: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  lines.push('');
  return {
    title: 'Search',
    markdown: lines.join('\n'),
    targets: options.quick ? [] : targetChecks(rows, neo4j),
  };
}

/** Each size's median over the previous size's, for one kind of query: the growth per 10× roles. */
function medianGrowth(rows: readonly { stats: Map<QueryKind, Stats> }[], kind: QueryKind): number[] {
  return rows
    .slice(1)
    .map(
      (row, i) =>
        (row.stats.get(kind) as Stats).median /
        ((rows[i] as (typeof rows)[number]).stats.get(kind) as Stats).median,
    );
}

/** Issue 15, target 3, as one check per query kind and bound. */
function targetChecks(
  rows: readonly { roles: number; stats: Map<QueryKind, Stats> }[],
  neo4j: { roles: number; embedded: Map<QueryKind, Stats>; neo4j: Map<QueryKind, Stats> } | null,
): TargetCheck[] {
  const last = rows[rows.length - 1];
  if (!last) return [];
  return (Object.keys(kinds) as QueryKind[]).flatMap((kind) => {
    const s = last.stats.get(kind) as Stats;
    const growth = medianGrowth(rows, kind);
    const checks: TargetCheck[] = [
      {
        target: `search (${kind}) at ${count(last.roles)} roles (embedded): median < ${targets.medianMs} ms, p95 < ${targets.p95Ms} ms`,
        figure: `${ms(s.median)} / ${ms(s.p95)}`,
        met: s.median < targets.medianMs && s.p95 < targets.p95Ms,
      },
      {
        target: `search (${kind}): median growth ≤ ~${targets.growthPer10x}× per 10× roles`,
        figure: growth.map((g) => `${g.toFixed(1)}×`).join(', '),
        met: growth.every((g) => g <= targets.growthPer10x * 1.25),
      },
    ];
    if (neo4j) {
      const ratio = (neo4j.neo4j.get(kind) as Stats).median / (neo4j.embedded.get(kind) as Stats).median;
      checks.push({
        target: `search (${kind}) on Neo4j at ${count(neo4j.roles)} roles: median within ${targets.neo4jRatio}× of embedded (same index, same ranking)`,
        figure: `${ratio.toFixed(2)}×`,
        met: ratio <= targets.neo4jRatio,
      });
    }
    return checks;
  });
}
