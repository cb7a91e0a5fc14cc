import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { CareerPathQuery } from '../../src/domain/career-paths';
import type { PathRanking } from '../../src/domain/enums';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { seedNeo4j } from '../../src/store/neo4j/neo4j-seeder';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { startNeo4jProcess } from '../../test/support/neo4j-process';
import { FIRST, MAX_STEPS, RANKINGS } from '../career-paths.bench';
import { summarize, type Stats } from '../stats';
import { generateSeedGraph, LEVELS, randomInt } from '../generate-graph';
import { mulberry32 } from '../random';
import type { ScenarioResult, TargetCheck } from '../scenario';
import { benchNeo4jClient } from './support';

const TRANSITIONS_PER_ROLE = 5;
const SEED = 20240601;
/** Issue 15, target 1: careerPaths on Neo4j within 2× of the embedded store, with the same answers. */
const TARGET_RATIO = 2;
const plan = { sizes: [1_000, 10_000], pairs: 30, repetitions: 5 } as const;

const query = (from: string, to: string, rankBy: PathRanking): CareerPathQuery => ({
  from,
  to,
  maxSteps: MAX_STEPS,
  first: FIRST,
  rankBy,
  track: null,
  avoid: [],
});

/** Pairs a start on levels 0..6 and a target 1 to 5 levels up, joined by a path (as career-paths.bench.ts picks them). */
async function pairsWithPaths(store: MemoryStore, roleCount: number, count: number) {
  const random = mulberry32(SEED ^ roleCount);
  const levelStart = (level: number) => Math.ceil((level * roleCount) / LEVELS);
  const roleOnLevel = (level: number) =>
    `role-${levelStart(level) + randomInt(random, Math.max(1, levelStart(level + 1) - levelStart(level)))}`;
  const pairs: { from: string; to: string }[] = [];
  for (let tried = 0; pairs.length < count && tried < count * 50; tried++) {
    const fromLevel = randomInt(random, 7);
    const from = roleOnLevel(fromLevel);
    const to = roleOnLevel(Math.min(LEVELS - 1, fromLevel + 1 + randomInt(random, 5)));
    if (from !== to && (await store.careerPaths(query(from, to, 'FEWEST_STEPS'))).length > 0)
      pairs.push({ from, to });
  }
  return pairs;
}

interface SizeFigures {
  readonly roles: number;
  readonly transitions: number;
  readonly seedMs: number;
  readonly loadMs: number;
  readonly embedded: Stats;
  readonly neo4j: Stats;
  readonly compared: number;
  readonly differing: number;
}

async function measure(graph: SeedGraph): Promise<SizeFigures> {
  // A fresh database per size: pruning one generated graph into another is far slower than seeding.
  const database = await startNeo4jProcess({ maxHeap: '2g', quickJit: false });
  const client = benchNeo4jClient(database.uri, { maxPoolSize: 10, queryTimeoutMs: 300_000 });
  try {
    await migrate(client);
    const t0 = performance.now();
    await seedNeo4j(client, graph, { prune: false });
    return await timeBoth(client, graph, performance.now() - t0);
  } finally {
    await client.close().catch(() => undefined);
    await database.stop();
  }
}

async function timeBoth(client: Neo4jClient, graph: SeedGraph, seedMs: number): Promise<SizeFigures> {
  const embedded = new MemoryStore(graph);
  const neo4j = new Neo4jStore(client);
  const pairs = await pairsWithPaths(embedded, graph.roles.length, plan.pairs);
  const t1 = performance.now();
  await neo4j.careerPaths(query(pairs[0]!.from, pairs[0]!.to, 'FEWEST_STEPS'));
  const loadMs = performance.now() - t1;
  // Warm-up, and the answers compared: the same paths, steps and figures, in the same order.
  let differing = 0;
  for (const { from, to } of pairs)
    for (const rankBy of RANKINGS) {
      const q = query(from, to, rankBy);
      if (!isDeepStrictEqual(await neo4j.careerPaths(q), await embedded.careerPaths(q))) differing++;
    }
  const times = { embedded: [] as number[], neo4j: [] as number[] };
  for (let repetition = 0; repetition < plan.repetitions; repetition++)
    for (const { from, to } of pairs)
      for (const rankBy of RANKINGS) {
        const q = query(from, to, rankBy);
        // Interleaved, so both stores see the same machine state.
        let started = performance.now();
        await embedded.careerPaths(q);
        times.embedded.push(performance.now() - started);
        started = performance.now();
        await neo4j.careerPaths(q);
        times.neo4j.push(performance.now() - started);
      }
  return {
    roles: graph.roles.length,
    transitions: graph.transitions.length,
    seedMs,
    loadMs,
    embedded: summarize(times.embedded),
    neo4j: summarize(times.neo4j),
    compared: pairs.length * RANKINGS.length,
    differing,
  };
}

const ms = (value: number) => `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
const count = (value: number) => value.toLocaleString('en-US');

/**
 * careerPaths on Neo4j against the embedded store (issue 15, target 1), in-process, at 1,000 and 10,000
 * generated roles: the same graph seeded into a fresh test Neo4j and loaded into a MemoryStore, the same
 * pairs asked of both, interleaved, after the answers are compared. Full runs only (Neo4j start and
 * seeding take about a minute).
 */
export async function run(): Promise<ScenarioResult> {
  const started = performance.now();
  const rows: SizeFigures[] = [];
  for (const size of plan.sizes)
    rows.push(await measure(generateSeedGraph(size, TRANSITIONS_PER_ROLE, SEED)));

  const targets: TargetCheck[] = rows.map((row) => {
    const ratio = row.neo4j.median / row.embedded.median;
    return {
      target: `careerPaths on Neo4j at ${count(row.roles)} roles: median within ${TARGET_RATIO}× of embedded, same answers`,
      figure: `${ratio.toFixed(2)}× (${ms(row.neo4j.median)} / ${ms(row.embedded.median)}), ${row.compared - row.differing} of ${row.compared} answers equal`,
      met: ratio <= TARGET_RATIO && row.differing === 0,
    };
  });
  const lines = [
    `Generated graphs (\`generateSeedGraph(n, ${TRANSITIONS_PER_ROLE}, ${SEED})\`) seeded into a fresh test Neo4j ` +
      `5.26 and loaded into a MemoryStore; \`careerPaths(first: ${FIRST}, maxSteps: ${MAX_STEPS})\` under both ` +
      `rankings for ${plan.pairs} pairs joined by a path, ${plan.repetitions} times each, the two stores ` +
      `interleaved, in-process. The Neo4j store answers from the transition graph it reads once per dataset ` +
      `(the first query, "load") and checks the dataset marker at most once a second; the answers of both ` +
      `stores are compared first.`,
    '',
    '| roles | transitions | seed | load (first query) | embedded median / p95 | Neo4j median / p95 | Neo4j ÷ embedded | answers equal |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${count(row.roles)} | ${count(row.transitions)} | ${(row.seedMs / 1000).toFixed(1)} s | ${ms(row.loadMs)} | ` +
        `${ms(row.embedded.median)} / ${ms(row.embedded.p95)} | ${ms(row.neo4j.median)} / ${ms(row.neo4j.p95)} | ` +
        `${(row.neo4j.median / row.embedded.median).toFixed(2)}× | ${row.compared - row.differing} of ${row.compared} |`,
    ),
    '',
    ...targets.map((t) => `- ${t.target}: ${t.figure}: ${t.met ? 'met' : 'not met'}`),
    '',
    `Scenario time: ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  ];
  return { title: 'careerPaths on Neo4j against the embedded store', markdown: lines.join('\n'), targets };
}
