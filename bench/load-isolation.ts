import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { projectRoot } from '../src/project-root';
import { defaultQueryLimits, defaultRateLimit } from '../src/server/limits';
import { ms, startServerChild, table } from './scenarios/support';
import { percentile } from './stats';
import { candidates, type Candidate } from './worst-requests';

/**
 * `npm run bench:load` (bench/run.ts load): can clients sending the worst request the server accepts slow down a light one?
 *
 * 1. Starts the built server on 127.0.0.1: production mode, embedded store, default limits and default
 *    rate limit, with issued API keys (API_KEYS_FILE).
 * 2. Finds the worst accepted request among bench/worst-requests.ts: each is sent alone, one after the
 *    other, under a probe key with points to spare. Under the rate limit, what a client can take from
 *    the server is the requests a window lets it send times the server time each takes; the worst
 *    request is the one with the largest such share of the server's time.
 * 3. Times a light client (no key: its address's bucket), alone, then while 4 clients (4 issued keys at
 *    the default points, in a worker thread, never honouring Retry-After) send the worst request for
 *    LOAD_SECONDS, longer than the rate-limit window so every allowance is spent and renewed.
 *
 * Loopback only; a watchdog ends it whatever happens. Writes bench/results/load-isolation.md.
 */

const LIGHT_QUERY = '{ role(slug: "software-architect") { name } }';
const HEAVY_CLIENTS = 4;
const UNLOADED_REQUESTS = 300;
/** Longer than the 60 s rate-limit window, so each heavy client's allowance is spent and then renewed. */
const LOAD_SECONDS = 70;
/** The light client's requests under load: one every this many ms at most, so it samples the whole window. */
const LIGHT_PAUSE_MS = 20;
/** Samples per candidate, after warm-up. */
const PROBE_SAMPLES = 15;
/** How long it may run before bench/run.ts's watchdog stops it. */
export const loadIsolationWatchdogMs = 300_000;

interface HeavyOptions {
  readonly url: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly keys: readonly string[];
  readonly seconds: number;
}

interface HeavyResult {
  readonly byStatus: Record<string, number>;
  readonly acceptedMs: number[];
}

interface Probe {
  readonly candidate: Candidate;
  readonly cost: number | null;
  readonly refusal: string | null;
  readonly medianMs: number;
  /** Requests a minute a client may send: as fast as answered, and as many as its points allow. */
  readonly perMinute: number;
  /** Share of one core's time a rate-limited client sending it in a loop takes. */
  readonly share: number;
}

interface Sample {
  readonly at: number;
  readonly ms: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function post(url: string, query: string, key?: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** The heavy clients, in a worker thread so their parsing never delays the light client's timer. */
async function runHeavyClients(options: HeavyOptions): Promise<HeavyResult> {
  const byStatus: Record<string, number> = {};
  const acceptedMs: number[] = [];
  const deadline = performance.now() + options.seconds * 1000;
  await Promise.all(
    options.keys.map(async (key) => {
      while (performance.now() < deadline) {
        try {
          const reply = await post(options.url, options.query, key, options.variables);
          byStatus[reply.status] = (byStatus[reply.status] ?? 0) + 1;
          if (reply.status === 200) acceptedMs.push(reply.ms);
        } catch {
          byStatus.network = (byStatus.network ?? 0) + 1;
        }
      }
    }),
  );
  return { byStatus, acceptedMs };
}

async function probe(url: string, key: string, candidate: Candidate): Promise<Probe> {
  const first = await post(url, candidate.query, key, candidate.variables);
  const body = JSON.parse(first.text) as {
    errors?: { extensions?: { code?: string } }[];
    extensions?: { cost?: { requested: number } };
  };
  const cost = body.extensions?.cost?.requested ?? null;
  if (first.status !== 200 || body.errors) {
    const refusal = body.errors?.[0]?.extensions?.code ?? `HTTP ${first.status}`;
    return { candidate, cost, refusal, medianMs: Number.NaN, perMinute: 0, share: 0 };
  }
  for (let i = 0; i < 3; i++) await post(url, candidate.query, key, candidate.variables);
  const times: number[] = [];
  for (let i = 0; i < PROBE_SAMPLES; i++)
    times.push((await post(url, candidate.query, key, candidate.variables)).ms);
  const medianMs = percentile(
    times.sort((a, b) => a - b),
    0.5,
  );
  const perMinute = Math.min(60_000 / medianMs, defaultRateLimit.points / Math.max(1, cost ?? 1));
  return { candidate, cost, refusal: null, medianMs, perMinute, share: (perMinute * medianMs) / 60_000 };
}

async function timeLight(url: string, until: number, count: number, pauseMs: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const started = performance.now();
  while (samples.length < count && performance.now() < until) {
    const reply = await post(url, LIGHT_QUERY);
    if (reply.status !== 200 || !reply.text.includes('Software Architect'))
      throw new Error(`light query failed: ${reply.status} ${reply.text.slice(0, 300)}`);
    samples.push({ at: performance.now() - started, ms: reply.ms });
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return samples;
}

const median = (samples: readonly Sample[]) =>
  percentile(
    samples.map((sample) => sample.ms).sort((a, b) => a - b),
    0.5,
  );
const p95 = (samples: readonly Sample[]) =>
  percentile(
    samples.map((sample) => sample.ms).sort((a, b) => a - b),
    0.95,
  );

export async function runLoadIsolation(): Promise<void> {
  const started = performance.now();

  const probeKey = 'bench-probe-key';
  const heavyKeys = Array.from({ length: HEAVY_CLIENTS }, (_, index) => `bench-heavy-key-${index}`);
  const keysFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'careergraph-bench-')), 'api-keys.json');
  await writeFile(
    keysFile,
    JSON.stringify([
      // The probe measures requests one at a time; its bucket must not be what stops it.
      { name: 'probe', sha256: sha256(probeKey), points: 1_000_000_000 },
      ...heavyKeys.map((key, index) => ({ name: `heavy-${index}`, sha256: sha256(key) })),
    ]),
  );
  const server = await startServerChild({ RATE_LIMIT_POINTS: undefined, API_KEYS_FILE: keysFile });
  try {
    for (let i = 0; i < 30; i++) await post(server.url, LIGHT_QUERY, probeKey);
    const probes: Probe[] = [];
    for (const candidate of candidates) probes.push(await probe(server.url, probeKey, candidate));
    const worst = [...probes].sort((a, b) => b.share - a.share || b.medianMs - a.medianMs)[0];
    if (!worst || worst.refusal) throw new Error('no candidate was accepted');
    console.error(`bench:load: worst accepted request: ${worst.candidate.name}`);

    const unloaded = await timeLight(server.url, Number.POSITIVE_INFINITY, UNLOADED_REQUESTS, 0);
    const options: HeavyOptions = {
      url: server.url,
      query: worst.candidate.query,
      variables: worst.candidate.variables,
      keys: heavyKeys,
      seconds: LOAD_SECONDS,
    };
    const worker = new Worker(__filename, { workerData: options });
    const heavyDone = new Promise<HeavyResult>((resolve, reject) => {
      worker.once('message', (result: HeavyResult) => resolve(result));
      worker.once('error', reject);
    });
    const loaded = await timeLight(
      server.url,
      performance.now() + LOAD_SECONDS * 1000 - 500,
      Number.POSITIVE_INFINITY,
      LIGHT_PAUSE_MS,
    );
    const heavy = await heavyDone;
    await worker.terminate();
    const markdown = report(probes, worst, unloaded, loaded, heavy, (performance.now() - started) / 1000);
    console.log(markdown);
    const target = path.join(projectRoot, 'bench', 'results', 'load-isolation.md');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, markdown);
    console.log(`wrote ${path.relative(process.cwd(), target)}`);
  } finally {
    await server.stop();
  }
}

function report(
  probes: readonly Probe[],
  worst: Probe,
  unloaded: readonly Sample[],
  loaded: readonly Sample[],
  heavy: HeavyResult,
  wallSeconds: number,
): string {
  const cpus = os.cpus();
  const windowMs = defaultRateLimit.windowSeconds * 1000;
  const phases: [string, readonly Sample[]][] = [
    ['whole load', loaded],
    ['first 15 s (allowances being spent)', loaded.filter((sample) => sample.at < 15_000)],
    [
      `15 s to ${defaultRateLimit.windowSeconds} s (buckets empty: 429s)`,
      loaded.filter((sample) => sample.at >= 15_000 && sample.at < windowMs),
    ],
    [
      `after ${defaultRateLimit.windowSeconds} s (allowances renewed)`,
      loaded.filter((sample) => sample.at >= windowMs),
    ],
  ];
  const base = median(unloaded);
  return [
    '# Load isolation: the worst accepted request against a light client',
    '',
    `The built server in production mode on the embedded store, on 127.0.0.1, with the default limits (cost ${defaultQueryLimits.maxCost.toLocaleString('en-US')}) and the`,
    `default rate limit (${defaultRateLimit.points.toLocaleString('en-US')} points per client per ${defaultRateLimit.windowSeconds} s; a refusal costs ${defaultRateLimit.refusalPoints.toLocaleString('en-US')}). Clients and server share the machine;`,
    `latencies are client-side, in ms, over keep-alive connections. Machine: ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'},`,
    `Node ${process.version}, ${os.platform()} ${os.arch()}. The run took ${wallSeconds.toFixed(0)} s.`,
    '',
    '## The worst accepted request',
    '',
    `Each candidate alone, ${PROBE_SAMPLES} times after warm-up. "Share" is the part of one core a client sending it in a loop`,
    'takes under the rate limit: the requests a minute it may send (as fast as answered, and as many as its points allow)',
    'times the time each takes.',
    '',
    table(
      ['request', 'cost', 'median ms', 'µs per point', 'requests a minute', 'share'],
      probes.map((entry) => [
        entry === worst ? `**${entry.candidate.name}**` : entry.candidate.name,
        entry.cost === null ? '-' : entry.cost.toLocaleString('en-US'),
        entry.refusal ?? ms(entry.medianMs),
        entry.refusal || !entry.cost ? '-' : ((entry.medianMs * 1000) / entry.cost).toFixed(1),
        entry.refusal ? '-' : entry.perMinute.toFixed(0),
        entry.refusal ? `refused (${entry.refusal})` : `${(entry.share * 100).toFixed(1)}%`,
      ]),
    ),
    '',
    'The worst, sent by the heavy clients:',
    '',
    '```graphql',
    worst.candidate.query,
    '```',
    ...(worst.candidate.variables
      ? [
          '',
          `with variables of ${JSON.stringify(worst.candidate.variables).length.toLocaleString('en-US')} characters.`,
        ]
      : []),
    '',
    '## A light client beside four heavy ones',
    '',
    `The light client (no key: its address's bucket) sends \`${LIGHT_QUERY}\` one at a time: ${UNLOADED_REQUESTS} requests alone,`,
    `then for ${LOAD_SECONDS} s, a request every ${LIGHT_PAUSE_MS} ms at most, while ${HEAVY_CLIENTS} clients (issued keys at the default points, one`,
    'worker thread, never honouring Retry-After) send the worst request in a loop.',
    '',
    table(
      ['light client', 'samples', 'median', 'p95', 'median / unloaded median'],
      [
        ['alone', String(unloaded.length), ms(base), ms(p95(unloaded)), '1.0x'],
        ...phases.map(([label, samples]) => [
          label,
          String(samples.length),
          ms(median(samples)),
          ms(p95(samples)),
          `${(median(samples) / base).toFixed(1)}x`,
        ]),
      ],
    ),
    '',
    table(
      ['heavy clients', 'answered', '200', '429', 'other', '200 median ms'],
      [
        [
          `${HEAVY_CLIENTS} together`,
          String(Object.values(heavy.byStatus).reduce((sum, value) => sum + value, 0)),
          String(heavy.byStatus['200'] ?? 0),
          String(heavy.byStatus['429'] ?? 0),
          String(
            Object.entries(heavy.byStatus)
              .filter(([status]) => status !== '200' && status !== '429')
              .reduce((sum, [, value]) => sum + value, 0),
          ),
          ms(
            percentile(
              [...heavy.acceptedMs].sort((a, b) => a - b),
              0.5,
            ),
          ),
        ],
      ],
    ),
    '',
  ].join('\n');
}

// This file is also the heavy clients' worker thread (new Worker(__filename) above).
if (!isMainThread) {
  runHeavyClients(workerData as HeavyOptions).then(
    (result) => parentPort?.postMessage(result),
    (error: unknown) => {
      throw error;
    },
  );
}
