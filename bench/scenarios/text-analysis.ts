import { performance } from 'node:perf_hooks';
import { readCorpus } from '../../scripts/text-eval/evaluate';
import { TextAnalyzer } from '../../src/domain/text-analysis/text-analyzer';
import { loadSeed } from '../../src/seed/load-seed';
import { createServer, type CareerGraphServer } from '../../src/server/create-server';
import { readTextAnalysisData } from '../../src/services/text-analysis.service';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { seedNeo4j } from '../../src/store/neo4j/neo4j-seeder';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { startNeo4jProcess, type Neo4jProcess } from '../../test/support/neo4j-process';
import type { ScenarioOptions, ScenarioResult } from '../scenario';
import { latencyStats } from '../stats';
import { benchNeo4jClient, ms, table } from './support';

/**
 * analyzeText on a 5,000-character text (job ads of the evaluation corpus run together), through the
 * whole GraphQL stack in-process (`createServer`, production mode, `executeOperation`), on the embedded
 * store and on a test Neo4j seeded with the same graph. The first call reads the dictionary from the
 * store (reported apart); the samples after it are the steady state. Also the analysis alone (domain
 * code, no GraphQL) and the longest text allowed (20,000 characters), embedded. Target: median under
 * 20 ms embedded. --quick: embedded only, fewer samples.
 */

const QUERY = `query Analyze($text: String!) {
  analyzeText(text: $text) {
    mentions { start end text match confidence node { id ... on Skill { name } ... on Technology { name } } }
    roles { score named role { slug name } covered { slug } missing { importance skill { slug name } } }
  }
}`;

const plans = { quick: { samples: 30 }, full: { samples: 300 } } as const;

async function textOf(length: number): Promise<string> {
  const ads = (await readCorpus()).filter((entry) => entry.kind === 'job-ad').map((entry) => entry.text);
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${ads[i % ads.length] as string}\n`;
  return text.slice(0, text.lastIndexOf(' ', length));
}

interface Row {
  readonly target: string;
  readonly length: number;
  readonly coldMs: number | null;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly samples: number;
}

async function timeServer(target: string, store: GraphStore, text: string, samples: number): Promise<Row> {
  const server: CareerGraphServer = await createServer({ store, production: true, introspection: false });
  try {
    const once = async () => {
      const response = await server.apollo.executeOperation(
        { query: QUERY, variables: { text } },
        { contextValue: server.createContext() },
      );
      if (response.body.kind !== 'single' || response.body.singleResult.errors)
        throw new Error(`${target}: ${JSON.stringify(response.body).slice(0, 300)}`);
    };
    let started = performance.now();
    await once();
    const coldMs = performance.now() - started;
    // Untimed, as the analysis alone is warmed: the JIT's first passes are not the steady state.
    for (let i = 0; i < 10; i++) await once();
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      started = performance.now();
      await once();
      times.push(performance.now() - started);
    }
    const stats = latencyStats(times);
    return { target, length: text.length, coldMs, medianMs: stats.median, p99Ms: stats.p99, samples };
  } finally {
    await server.apollo.stop();
  }
}

async function timeDomain(store: GraphStore, text: string, samples: number): Promise<Row> {
  const analyzer = new TextAnalyzer(await readTextAnalysisData(store));
  for (let i = 0; i < 10; i++) analyzer.analyze(text, 5);
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    analyzer.analyze(text, 5);
    times.push(performance.now() - started);
  }
  const stats = latencyStats(times);
  return {
    target: 'analysis alone (domain code, no GraphQL)',
    length: text.length,
    coldMs: null,
    medianMs: stats.median,
    p99Ms: stats.p99,
    samples,
  };
}

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const { samples } = options.quick ? plans.quick : plans.full;
  const seed = await loadSeed();
  const text = await textOf(5_000);
  const longest = await textOf(20_000);
  const memory = new MemoryStore(seed);
  const rows: Row[] = [
    await timeServer('embedded store', memory, text, samples),
    await timeDomain(memory, text, samples),
    await timeServer('embedded store, longest text', memory, longest, Math.ceil(samples / 3)),
  ];
  const notes: string[] = [];
  if (!options.quick) {
    let database: Neo4jProcess | undefined;
    let client: Neo4jClient | undefined;
    try {
      database = await startNeo4jProcess({ maxHeap: '1g', quickJit: false });
      client = benchNeo4jClient(database.uri, { maxPoolSize: 50, queryTimeoutMs: 30_000 });
      await migrate(client);
      await seedNeo4j(client, seed, { prune: false });
      rows.splice(1, 0, await timeServer('Neo4j store', new Neo4jStore(client), text, samples));
    } catch (error) {
      notes.push(`Neo4j was not measured: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await client?.close().catch(() => undefined);
      await database?.stop();
    }
  } else
    notes.push('Quick run: the embedded store only; `npm run bench -- --only=text-analysis` adds Neo4j.');

  const embedded = rows[0] as Row;
  const markdown = [
    `analyzeText over the seed graph on a ${text.length.toLocaleString('en-US')}-character text (the corpus's job ads run together), ` +
      'through the GraphQL stack in-process (production mode), with mentions and role fits selected. ' +
      'The first call reads the dictionary from the store; it is kept and refreshed in the background after 60 s.',
    '',
    table(
      ['target', 'characters', 'first call (reads the dictionary)', 'median', 'p99', 'samples'],
      rows.map((row) => [
        row.target,
        row.length.toLocaleString('en-US'),
        row.coldMs === null ? 'n/a' : `${ms(row.coldMs)} ms`,
        `${ms(row.medianMs)} ms`,
        `${ms(row.p99Ms)} ms`,
        String(row.samples),
      ]),
    ),
    '',
    `Median embedded against the 20 ms target: ${(embedded.medianMs / 20).toFixed(2)}×.`,
    ...notes.map((note) => `\n${note}`),
  ].join('\n');
  return { title: 'Text analysis: analyzeText on a 5,000-character text', markdown };
}
