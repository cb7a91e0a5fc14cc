import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { projectRoot } from '../src/project-root';
import { defaultQueryLimits, defaultRateLimit } from '../src/server/limits';
import { killServerChildren, percentile, startServerChild } from './scenarios/support';

/**
 * `npm run bench:load`: does one client sending the costliest allowed queries slow down another?
 *
 * Starts the built server (production mode, embedded store) on 127.0.0.1, twice: with the default
 * rate limit, then with RATE_LIMIT_POINTS=0. Each time, client B (x-api-key: light-client) times a
 * trivial query sequentially, first alone, then while client A (x-api-key: heavy-client, in a worker
 * thread) sends near-maximum-cost queries 4 at a time for 15 s. Stops by itself in about 45 s; the
 * table goes to stdout and bench/results/load-isolation.md.
 */

const LIGHT_QUERY = '{ role(slug: "software-architect") { name } }';
/** Every role's 50 most similar roles and its skills: 23,301 points, just under MAX_QUERY_COST. */
const HEAVY_QUERY =
  '{ roles(first: 100) { nodes { relatedRoles(first: 50) { score role { slug } } skills { skill { slug } } } } }';
const LIGHT_KEY = 'light-client';
const HEAVY_KEY = 'heavy-client';
const UNLOADED_REQUESTS = 300;
/** Light requests under load: at most this many, and only while the heavy client runs. */
const LOADED_REQUESTS = 300;
const LOAD_SECONDS = 15;
/** The light client starts this long after the heavy one, so it measures a steady load. */
const RAMP_MS = 1000;
const HEAVY_CONCURRENCY = 4;
/** Whatever happens, the process ends: servers are killed and it exits 2. */
const WATCHDOG_MS = 150_000;

interface HeavyOptions {
  readonly url: string;
  readonly query: string;
  readonly key: string;
  readonly seconds: number;
  readonly concurrency: number;
}

interface HeavyResult {
  readonly byStatus: Record<string, number>;
  /** Latencies of accepted (200) requests, ms. */
  readonly acceptedMs: number[];
  /** Latencies of everything else, ms. */
  readonly refusedMs: number[];
  readonly seconds: number;
}

interface Stats {
  readonly samples: number;
  readonly median: number;
  readonly p95: number;
}

interface RunResult {
  readonly label: string;
  readonly rateLimit: string;
  readonly heavyCost: number;
  readonly unloaded: Stats;
  readonly loaded: Stats;
  readonly heavy: HeavyResult;
}

function stats(latencies: readonly number[]): Stats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { samples: sorted.length, median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

async function post(url: string, query: string, key: string) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** Client A, in a worker thread so its parsing never delays client B's timer: `concurrency` loops. */
async function runHeavyClient(options: HeavyOptions): Promise<HeavyResult> {
  const byStatus: Record<string, number> = {};
  const acceptedMs: number[] = [];
  const refusedMs: number[] = [];
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (performance.now() < deadline) {
        try {
          const reply = await post(options.url, options.query, options.key);
          byStatus[reply.status] = (byStatus[reply.status] ?? 0) + 1;
          (reply.status === 200 ? acceptedMs : refusedMs).push(reply.ms);
        } catch {
          byStatus.network = (byStatus.network ?? 0) + 1;
        }
      }
    }),
  );
  return { byStatus, acceptedMs, refusedMs, seconds: (performance.now() - started) / 1000 };
}

async function timeLight(url: string, count: number, until = Number.POSITIVE_INFINITY): Promise<Stats> {
  const latencies: number[] = [];
  while (latencies.length < count && performance.now() < until) {
    const reply = await post(url, LIGHT_QUERY, LIGHT_KEY);
    if (reply.status !== 200 || !reply.text.includes('Software Architect'))
      throw new Error(`light query failed: ${reply.status} ${reply.text.slice(0, 300)}`);
    latencies.push(reply.ms);
  }
  return stats(latencies);
}

async function run(label: string, rateLimit: string, env: Record<string, string>): Promise<RunResult> {
  // Rate limiting at its default unless the run sets it; one JSON log line per operation would fill a pipe nobody reads.
  const server = await startServerChild({ RATE_LIMIT_POINTS: undefined, ...env });
  try {
    // Warm up the JIT and the caches under a third key, so neither client's bucket is touched.
    for (let i = 0; i < 30; i++) await post(server.url, LIGHT_QUERY, 'warm-up');
    let heavyCost = 0;
    for (let i = 0; i < 3; i++) {
      const reply = await post(server.url, HEAVY_QUERY, 'warm-up');
      const body = JSON.parse(reply.text) as {
        errors?: unknown;
        extensions?: { cost?: { requested: number } };
      };
      if (reply.status !== 200 || body.errors)
        throw new Error(`heavy query refused: ${reply.text.slice(0, 300)}`);
      heavyCost = body.extensions?.cost?.requested ?? 0;
    }
    if (heavyCost > defaultQueryLimits.maxCost || heavyCost < defaultQueryLimits.maxCost * 0.8)
      throw new Error(
        `the heavy query costs ${heavyCost}: it should be just under ${defaultQueryLimits.maxCost}`,
      );

    const unloaded = await timeLight(server.url, UNLOADED_REQUESTS);

    const options: HeavyOptions = {
      url: server.url,
      query: HEAVY_QUERY,
      key: HEAVY_KEY,
      seconds: LOAD_SECONDS,
      concurrency: HEAVY_CONCURRENCY,
    };
    const worker = new Worker(__filename, { workerData: options });
    const heavyDone = new Promise<HeavyResult>((resolve, reject) => {
      worker.once('message', (result: HeavyResult) => resolve(result));
      worker.once('error', reject);
    });
    const loadStarted = performance.now();
    await new Promise((resolve) => setTimeout(resolve, RAMP_MS));
    const loaded = await timeLight(server.url, LOADED_REQUESTS, loadStarted + LOAD_SECONDS * 1000 - 250);
    const heavy = await heavyDone;
    await worker.terminate();
    console.error(`bench:load: ${label} done`);
    return { label, rateLimit, heavyCost, unloaded, loaded, heavy };
  } finally {
    await server.stop();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const table = (header: readonly string[], rows: readonly (readonly string[])[]) =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

function report(results: readonly RunResult[], wallSeconds: number): string {
  const rows = results.map((result) => {
    const heavy = result.heavy;
    const other = Object.entries(heavy.byStatus)
      .filter(([status]) => status !== '200' && status !== '429')
      .reduce((sum, [, count]) => sum + count, 0);
    const answered = Object.values(heavy.byStatus).reduce((sum, count) => sum + count, 0);
    return [
      result.rateLimit,
      `${ms(result.unloaded.median)} / ${ms(result.unloaded.p95)}`,
      `${ms(result.loaded.median)} / ${ms(result.loaded.p95)}`,
      `${(result.loaded.median / result.unloaded.median).toFixed(1)}x`,
      String(result.loaded.samples),
      String(heavy.byStatus['200'] ?? 0),
      String(heavy.byStatus['429'] ?? 0),
      String(other),
      (answered / heavy.seconds).toFixed(1),
      ms(stats(heavy.acceptedMs).median),
      ms(stats(heavy.refusedMs).median),
    ];
  });
  const cpus = os.cpus();
  const heavyCost = results[0]?.heavyCost ?? 0;
  return [
    '# Load isolation: a heavy client against a light one',
    '',
    `The built server in production mode on the embedded store, on 127.0.0.1. Client B (\`x-api-key: ${LIGHT_KEY}\`)`,
    `sends \`${LIGHT_QUERY}\` sequentially: ${UNLOADED_REQUESTS} requests alone (unloaded), then up to ${LOADED_REQUESTS}`,
    `while client A (\`x-api-key: ${HEAVY_KEY}\`, a worker thread) sends, ${HEAVY_CONCURRENCY} at a time for ${LOAD_SECONDS} s and`,
    'without honouring Retry-After, the query',
    '',
    '```graphql',
    HEAVY_QUERY,
    '```',
    '',
    `which costs ${heavyCost.toLocaleString('en-US')} points (limit ${defaultQueryLimits.maxCost.toLocaleString('en-US')}). Client B starts ${RAMP_MS / 1000} s into the load.`,
    `The default rate limit is ${defaultRateLimit.points.toLocaleString('en-US')} points per client per ${defaultRateLimit.windowSeconds} s, in memory.`,
    'Latencies are client-side, in ms, over keep-alive connections. Clients and server share the machine.',
    '',
    `Machine: ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.arch()}. Run took ${wallSeconds.toFixed(1)} s.`,
    '',
    table(
      [
        'rate limit',
        'B unloaded median / p95',
        'B under load median / p95',
        'B median ratio',
        'B samples under load',
        'A 200',
        'A 429',
        'A other',
        'A answers/s',
        'A 200 median',
        'A 429 median',
      ],
      rows,
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error(`bench:load: still running after ${WATCHDOG_MS / 1000} s; stopping`);
    killServerChildren();
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();
  const started = performance.now();
  const results = [
    await run(
      'default rate limit',
      `on (${defaultRateLimit.points.toLocaleString('en-US')} / ${defaultRateLimit.windowSeconds} s)`,
      {},
    ),
    await run('rate limit off', 'off (RATE_LIMIT_POINTS=0)', { RATE_LIMIT_POINTS: '0' }),
  ];
  const markdown = report(results, (performance.now() - started) / 1000);
  console.log(markdown);
  const target = path.join(projectRoot, 'bench', 'results', 'load-isolation.md');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, markdown);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    killServerChildren();
    process.exitCode = 1;
  });
} else {
  runHeavyClient(workerData as HeavyOptions).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
