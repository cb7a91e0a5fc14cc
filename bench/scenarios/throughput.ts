import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { ScenarioOptions, ScenarioResult, TargetCheck } from '../scenario';
import { executorFloors, withTypenames } from './executor-floor';
import { load, type LoadResult } from './load';
import { latencyStats } from '../stats';
import { count, ms, postOperation, startServerChild, table, type Operation } from './support';

/**
 * Requests per second against the server's own ceiling: the built server (`node dist/src/boot.js`,
 * production mode, embedded store on the seed graph, RATE_LIMIT_POINTS=0) on 127.0.0.1, loaded by
 * autocannon (./load.ts) in this process with CONCURRENCY connections, in rounds that interleave the
 * operations. The ratio is each operation's rate to the trivial query's.
 */
export const CONCURRENCY = 10;

export const TRIVIAL: Operation = { name: '`{ __typename }`', query: '{ __typename }' };

export const ROLE_PAGE: Operation = {
  name: 'role page',
  query: `query RolePage($slug: String!) {
    role(slug: $slug) {
      name description family seniority track experience { min max }
      salaries { region currency min max period source { title } }
      skills { importance skill { slug name category } }
      technologies { slug name kind }
      nextRoles { kind typicalYears to { slug name } }
      previousRoles { kind from { slug name } }
    }
  }`,
  variables: { slug: 'senior-backend-developer' },
};

export const OPERATIONS: readonly Operation[] = [
  ROLE_PAGE,
  {
    name: 'path query',
    query: `query Paths($from: String!, $to: String!) {
      careerPaths(from: $from, to: $to, first: 3, maxSteps: 6) {
        length totalYears roles { slug name } steps { kind typicalYears }
      }
    }`,
    variables: { from: 'junior-backend-developer', to: 'software-architect' },
  },
  {
    name: 'search',
    query: `query Search($text: String!) {
      search(text: $text, first: 10) {
        score
        node { __typename ... on Role { slug name } ... on Skill { slug name } ... on Technology { slug name } }
      }
    }`,
    variables: { text: 'backend developer' },
  },
  {
    name: '100-role list with skills',
    query:
      '{ roles(first: 100) { totalCount nodes { slug name skills { importance skill { slug name } } } } }',
  },
];

/**
 * The 100-role list is priced at the graph's longest lists (74 skills a role) though the seed holds 27
 * roles, so it costs more than MAX_QUERY_COST; the limit is lifted to keep the workload as it was.
 */
export const THROUGHPUT_ENV = { MAX_QUERY_COST: '100000' };

interface Row {
  readonly operation: Operation;
  readonly result: LoadResult;
  /** The server's CPU time per answered request, ms; null where it cannot be read. */
  readonly cpuMsPerRequest: number | null;
}

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common kernel). */
const clockTicksPerSecond = 100;

/**
 * CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat; null off Linux. On a
 * machine shared with other work, req/s moves with the load (and on 2 cores the load generator itself
 * can be the trivial query's bottleneck); the server's CPU time per request does not, much.
 */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

/** Sums the rounds of one operation into one result (requests and time add; latencies are pooled). */
function pooled(results: readonly LoadResult[]): LoadResult {
  const latencies = results.flatMap((result) => result.latencies);
  const requests = results.reduce((sum, result) => sum + result.requests, 0);
  const seconds = results.reduce((sum, result) => sum + result.seconds, 0);
  return {
    requests,
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    firstError: results.find((result) => result.firstError !== null)?.firstError ?? null,
    seconds,
    perSecond: requests / seconds,
    latency: latencyStats(latencies),
    latencies,
  };
}

/** One server's figures: every operation's pooled load results and CPU per request. */
interface Measured {
  readonly rows: Row[];
  readonly roleCount: number;
  readonly answerBytes: ReadonlyMap<Operation, number>;
  readonly rolePageItems: { readonly skills: number; readonly technologies: number };
  /** Each answer again, with type names, for the graphql-js floor. */
  readonly answers: readonly { readonly operation: Operation; readonly data: unknown }[];
  /** Answer cache lookups in the whole run, from the server's /metrics (warm-up included). */
  readonly cacheLookups: { readonly hit: number; readonly miss: number };
}

/** careergraph_answer_cache_lookups_total by result, from a /metrics page. */
async function cacheLookupsOf(metricsUrl: string | undefined): Promise<{ hit: number; miss: number }> {
  if (metricsUrl === undefined) return { hit: 0, miss: 0 };
  const text = await (await fetch(metricsUrl)).text();
  const of = (result: string) =>
    Number(
      new RegExp(`careergraph_answer_cache_lookups_total\\{result="${result}"\\} (\\d+)`).exec(text)?.[1] ??
        0,
    );
  return { hit: of('hit'), miss: of('miss') };
}

async function measure(
  env: Record<string, string | undefined>,
  timing: { readonly rounds: number; readonly seconds: number; readonly warmupSeconds: number },
): Promise<Measured> {
  const server = await startServerChild({ ...THROUGHPUT_ENV, ...env });
  const byOperation = new Map<Operation, LoadResult[]>();
  const cpuMs = new Map<Operation, number | null>();
  let roleCount = 0;
  const answerBytes = new Map<Operation, number>();
  let rolePageItems = { skills: 0, technologies: 0 };
  const answers = [];
  let cacheLookups = { hit: 0, miss: 0 };
  try {
    // Every operation must answer with data before it is timed; then a warm-up, so the JIT has settled.
    for (const operation of [TRIVIAL, ...OPERATIONS]) {
      const data = (await postOperation(server.url, operation)) as {
        roles?: { nodes: unknown[] };
        role?: { skills?: unknown[]; technologies?: unknown[] };
      };
      if (data.roles) roleCount = data.roles.nodes.length;
      if (operation === ROLE_PAGE && data.role)
        rolePageItems = {
          skills: data.role.skills?.length ?? 0,
          technologies: data.role.technologies?.length ?? 0,
        };
      answerBytes.set(operation, Buffer.byteLength(JSON.stringify(data)));
      await load(server.url, operation, { connections: CONCURRENCY, seconds: timing.warmupSeconds });
    }
    for (let round = 0; round < timing.rounds; round++) {
      for (const operation of [TRIVIAL, ...OPERATIONS]) {
        const results = byOperation.get(operation) ?? [];
        const cpuBefore = cpuMsOf(server.child.pid);
        results.push(
          await load(server.url, operation, { connections: CONCURRENCY, seconds: timing.seconds }),
        );
        const cpuAfter = cpuMsOf(server.child.pid);
        byOperation.set(operation, results);
        const used = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
        const sum = cpuMs.has(operation) ? (cpuMs.get(operation) ?? null) : 0;
        cpuMs.set(operation, used === null || sum === null ? null : sum + used);
      }
    }
    cacheLookups = await cacheLookupsOf(server.metricsUrl);
    // After the timed rounds, with the server idle: each answer again, with type names, for the floor.
    for (const operation of [TRIVIAL, ...OPERATIONS])
      answers.push({
        operation,
        data: await postOperation(server.url, { ...operation, query: withTypenames(operation.query) }),
      });
  } finally {
    await server.stop();
  }
  const rows: Row[] = [...byOperation].map(([operation, results]) => {
    const result = pooled(results);
    const used = cpuMs.get(operation) ?? null;
    return {
      operation,
      result,
      cpuMsPerRequest: used === null || result.requests === 0 ? null : used / result.requests,
    };
  });
  return { rows, roleCount, answerBytes, rolePageItems, answers, cacheLookups };
}

/** The load table of one server: rate, latency, and the server's CPU per request, each against the trivial query's. */
function loadColumns(measured: Measured): { header: string[]; cells: (row: Row) => string[] } {
  const trivial = measured.rows.find((row) => row.operation === TRIVIAL);
  const ceiling = trivial?.result.perSecond ?? Number.NaN;
  const trivialCpu = trivial?.cpuMsPerRequest ?? null;
  return {
    header: [
      'operation',
      'answer',
      'req/s',
      'median ms',
      'p99 ms',
      'requests',
      'errors',
      'ratio to `{ __typename }`',
      'server CPU ms / request',
      'ratio by server CPU',
    ],
    cells: (row) => [
      row.operation.name,
      `${count(measured.answerBytes.get(row.operation) ?? 0)} B`,
      count(row.result.perSecond),
      ms(row.result.latency.median),
      ms(row.result.latency.p99),
      count(row.result.requests),
      count(row.result.errors),
      // A ceiling of 0 (no trivial answer in a round, on a starved machine) leaves no ratio to give.
      ceiling > 0 ? `${((100 * row.result.perSecond) / ceiling).toFixed(0)}%` : 'n/a',
      row.cpuMsPerRequest === null ? 'n/a' : ms(row.cpuMsPerRequest),
      row.cpuMsPerRequest && trivialCpu ? `${((100 * trivialCpu) / row.cpuMsPerRequest).toFixed(0)}%` : 'n/a',
    ],
  };
}

/** The role page's and the list's rates as shares of the trivial query's. */
function ratiosOf(measured: Measured): { readonly rolePage: number; readonly list: number } {
  const rateOf = (match: (operation: Operation) => boolean) =>
    measured.rows.find((row) => match(row.operation))?.result.perSecond ?? Number.NaN;
  const ceiling = rateOf((operation) => operation === TRIVIAL);
  return {
    rolePage: rateOf((operation) => operation === ROLE_PAGE) / ceiling,
    list: rateOf((operation) => operation.name.startsWith('100-role list')) / ceiling,
  };
}

const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  // Rounds interleave the operations, so a machine that slows down mid-run slows every one of them.
  const timing = {
    rounds: options.quick ? 1 : 2,
    seconds: options.quick ? 1 : 2.5,
    warmupSeconds: options.quick ? 0.5 : 1.5,
  };
  // The server as it ships (the answer cache on, at its default size), then with every request run.
  const cached = await measure({ ANSWER_CACHE_MB: undefined }, timing);
  const uncached = await measure({ ANSWER_CACHE_MB: '0' }, timing);
  const floors = await executorFloors(uncached.answers);
  const { rows, roleCount, rolePageItems } = uncached;
  const { rounds, seconds, warmupSeconds } = timing;
  const trivialCpu = rows.find((row) => row.operation === TRIVIAL)?.cpuMsPerRequest ?? null;
  const trivialFloor = floors.get(TRIVIAL.name) ?? 0;
  /**
   * The ratio an operation would reach if our resolvers and HTTP layer cost nothing beyond what they
   * cost `{ __typename }`: the trivial request's CPU, with graphql-js's floor for this answer in place
   * of the trivial one's.
   */
  const ceilingOnGraphqlJs = (row: Row): string => {
    const floor = floors.get(row.operation.name);
    return trivialCpu === null || floor === undefined
      ? 'n/a'
      : `${((100 * trivialCpu) / (trivialCpu - trivialFloor + floor)).toFixed(0)}%`;
  };
  const shipped = ratiosOf(cached);
  const everyRun = ratiosOf(uncached);
  const hitShare = cached.cacheLookups.hit / Math.max(1, cached.cacheLookups.hit + cached.cacheLookups.miss);
  // Issue 15, target 6: judged on the server as it ships; the figures with every request run beside them.
  const targets: TargetCheck[] = options.quick
    ? []
    : [
        {
          target: 'role page (embedded) at ≥ 60% of `{ __typename }` req/s',
          figure: `${percent(shipped.rolePage)} (answer cache off: ${percent(everyRun.rolePage)})`,
          met: shipped.rolePage >= 0.6,
        },
        {
          target: '100-role list with skills (embedded) at ≥ 35% of `{ __typename }` req/s',
          figure: `${percent(shipped.list)} (answer cache off: ${percent(everyRun.list)})`,
          met: shipped.list >= 0.35,
        },
      ];
  const shippedColumns = loadColumns(cached);
  const everyRunColumns = loadColumns(uncached);
  return {
    targets,
    title: 'Throughput against the server’s own ceiling',
    markdown: [
      `The built server (production mode, embedded store on the seed graph, rate limiting off) on 127.0.0.1, loaded`,
      `by autocannon 9 (programmatic API, in the bench process) over ${CONCURRENCY} keep-alive connections, each sending its next`,
      `request as soon as the previous answer is in: after ${warmupSeconds} s of untimed warm-up per operation, ${rounds} round(s) of ${seconds} s`,
      `per operation, interleaved. An answer counts only if it is a 200 with data and no errors. Latencies are autocannon's`,
      `per-response times (request written to answer read, hrtime, so sub-millisecond). Client and server share the machine`,
      `(${os.cpus().length} CPUs), so this is the ceiling of the pair. The "100-role list" returns ${roleCount} roles.`,
      `"server CPU" is the server's own CPU time (user + system, /proc) per answered request in the timed rounds, and`,
      `"ratio by server CPU" the rate that would give against \`{ __typename }\`'s if the server alone were the bottleneck: on a`,
      `machine shared with other work (or with 2 cores, where the load generator can be the trivial query's bottleneck) req/s`,
      `ratios move with the load; CPU per request moves much less. The targets are judged on req/s.`,
      '',
      `**As the server ships** (the answer cache on, ANSWER_CACHE_MB at its default): each operation is run once, then`,
      `every repeat is sent the stored bytes, charged its cost as before (server/answer-cache/). Lookups in this run:`,
      `${count(cached.cacheLookups.hit)} hits, ${count(cached.cacheLookups.miss)} misses (${(100 * hitShare).toFixed(2)}% hits).`,
      '',
      table(shippedColumns.header, cached.rows.map(shippedColumns.cells)),
      '',
      `**Every request run** (ANSWER_CACHE_MB=0; what a query the server has not answered before costs). The work grows`,
      `with the answer ("answer" is its data as JSON): the role page now carries ${rolePageItems.skills} skills and`,
      `${rolePageItems.technologies} technologies, and the list every requirement of its roles, ESCO occupations included.`,
      `"graphql-js floor" is what graphql-js's executor alone spends on the answer (bench/scenarios/executor-floor.ts:`,
      `the document executed over its own answer as plain data against the committed schema with no resolvers, then`,
      `serialised; in a child process with NODE_ENV=production, median of 7 rounds); "ratio ceiling on graphql-js" is the`,
      `ratio by server CPU the operation would reach if everything else cost no more than it costs \`{ __typename }\`.`,
      '',
      table(
        [...everyRunColumns.header, 'graphql-js floor ms', 'ratio ceiling on graphql-js'],
        rows.map((row) => [
          ...everyRunColumns.cells(row),
          ms(floors.get(row.operation.name) ?? Number.NaN),
          ceilingOnGraphqlJs(row),
        ]),
      ),
      '',
      `Targets, as the server ships: the role page at 60% or more of \`{ __typename }\`'s rate: ${percent(shipped.rolePage)}, ${
        shipped.rolePage >= 0.6 ? 'met' : 'not met'
      }; the 100-role list at 35% or more: ${percent(shipped.list)}, ${shipped.list >= 0.35 ? 'met' : 'not met'}. With every`,
      `request run: ${percent(everyRun.rolePage)} and ${percent(everyRun.list)}.`,
      ...[...cached.rows, ...rows]
        .filter((row) => row.result.firstError !== null)
        .map((row) => `\n${row.operation.name}, first error: ${row.result.firstError ?? ''}`),
    ].join('\n'),
  };
}
