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

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  // Rounds interleave the operations, so a machine that slows down mid-run slows every one of them.
  const rounds = options.quick ? 1 : 2;
  const seconds = options.quick ? 1 : 2.5;
  const warmupSeconds = options.quick ? 0.5 : 1.5;
  const server = await startServerChild(THROUGHPUT_ENV);
  const byOperation = new Map<Operation, LoadResult[]>();
  const cpuMs = new Map<Operation, number | null>();
  let roleCount = 0;
  const answerBytes = new Map<Operation, number>();
  let rolePageItems = { skills: 0, technologies: 0 };
  let floors = new Map<string, number>();
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
      await load(server.url, operation, { connections: CONCURRENCY, seconds: warmupSeconds });
    }
    for (let round = 0; round < rounds; round++) {
      for (const operation of [TRIVIAL, ...OPERATIONS]) {
        const results = byOperation.get(operation) ?? [];
        const cpuBefore = cpuMsOf(server.child.pid);
        results.push(await load(server.url, operation, { connections: CONCURRENCY, seconds }));
        const cpuAfter = cpuMsOf(server.child.pid);
        byOperation.set(operation, results);
        const used = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
        const sum = cpuMs.has(operation) ? (cpuMs.get(operation) ?? null) : 0;
        cpuMs.set(operation, used === null || sum === null ? null : sum + used);
      }
    }
    // After the timed rounds, with the server idle: each answer again, with type names, for the floor.
    const answers = [];
    for (const operation of [TRIVIAL, ...OPERATIONS])
      answers.push({
        operation,
        data: await postOperation(server.url, { ...operation, query: withTypenames(operation.query) }),
      });
    floors = await executorFloors(answers);
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
  const ceiling = rows.find((row) => row.operation === TRIVIAL)?.result.perSecond ?? Number.NaN;
  const rolePage = rows.find((row) => row.operation === ROLE_PAGE);
  const roleRatio = rolePage ? rolePage.result.perSecond / ceiling : Number.NaN;
  const list = rows.find((row) => row.operation.name.startsWith('100-role list'));
  const listRatio = list ? list.result.perSecond / ceiling : Number.NaN;
  // Issue 15, target 6.
  const targets: TargetCheck[] = options.quick
    ? []
    : [
        {
          target: 'role page (embedded) at ≥ 60% of `{ __typename }` req/s',
          figure: `${(roleRatio * 100).toFixed(0)}%`,
          met: roleRatio >= 0.6,
        },
        {
          target: '100-role list with skills (embedded) at ≥ 35% of `{ __typename }` req/s',
          figure: `${(listRatio * 100).toFixed(0)}%`,
          met: listRatio >= 0.35,
        },
      ];
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
      `The last two columns are the server's own CPU time (user + system, /proc) per answered request in the timed rounds,`,
      `and the rate that would give against \`{ __typename }\`'s if the server alone were the bottleneck: on a machine`,
      `shared with other work (or with 2 cores, where the load generator can be the trivial query's bottleneck) req/s`,
      `ratios move with the load; CPU per request moves much less. The targets are judged on req/s. The work grows`,
      `with the answer ("answer" is its data as JSON): the role page now carries ${rolePageItems.skills} skills and`,
      `${rolePageItems.technologies} technologies, and the list every requirement of its roles, ESCO occupations included.`,
      `"graphql-js floor" is what graphql-js's executor alone spends on the answer (bench/scenarios/executor-floor.ts:`,
      `the document executed over its own answer as plain data against the committed schema with no resolvers, then`,
      `serialised; in a child process with NODE_ENV=production, median of 7 rounds); "ratio ceiling on graphql-js" is the`,
      `ratio by server CPU the operation would reach if everything else cost no more than it costs \`{ __typename }\`.`,
      '',
      table(
        [
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
          'graphql-js floor ms',
          'ratio ceiling on graphql-js',
        ],
        rows.map((row) => [
          row.operation.name,
          `${count(answerBytes.get(row.operation) ?? 0)} B`,
          count(row.result.perSecond),
          ms(row.result.latency.median),
          ms(row.result.latency.p99),
          count(row.result.requests),
          count(row.result.errors),
          // A ceiling of 0 (no trivial answer in a round, on a starved machine) leaves no ratio to give.
          ceiling > 0 ? `${((100 * row.result.perSecond) / ceiling).toFixed(0)}%` : 'n/a',
          row.cpuMsPerRequest === null ? 'n/a' : ms(row.cpuMsPerRequest),
          row.cpuMsPerRequest && trivialCpu
            ? `${((100 * trivialCpu) / row.cpuMsPerRequest).toFixed(0)}%`
            : 'n/a',
          ms(floors.get(row.operation.name) ?? Number.NaN),
          ceilingOnGraphqlJs(row),
        ]),
      ),
      '',
      `Targets: the role page at 60% or more of \`{ __typename }\`'s rate: ${(roleRatio * 100).toFixed(0)}%, ${
        roleRatio >= 0.6 ? 'met' : 'not met'
      }; the 100-role list at 35% or more: ${(listRatio * 100).toFixed(0)}%, ${listRatio >= 0.35 ? 'met' : 'not met'}.`,
      ...rows
        .filter((row) => row.result.firstError !== null)
        .map((row) => `\n${row.operation.name}, first error: ${row.result.firstError ?? ''}`),
    ].join('\n'),
  };
}
