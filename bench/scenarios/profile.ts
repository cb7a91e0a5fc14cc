import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/project-root';
import type { ScenarioOptions, ScenarioResult } from '../scenario';
import { load } from './load';
import { count, ms, postOperation, startServerChild, table } from './support';
import { CONCURRENCY, ROLE_PAGE } from './throughput';

/**
 * Where the time goes: the throughput scenario's role page, against the built server started with
 * `node --cpu-prof`; the profile (written when the server exits on SIGTERM) is summed by self time per
 * function (callFrame functionName + url + line), and the top ones go into the results. Only the samples
 * of the timed window count: start-up, the warm-up and shutdown are cut off by time since the spawn (the
 * profile starts a few ms after it, so the window is a close approximation).
 */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

interface FunctionTime {
  readonly name: string;
  readonly where: string;
  readonly selfMs: number;
}

/** Self time per function (name + url + line), ms, highest first. */
export function selfTimes(profile: CpuProfile, fromMs = 0, toMs = Number.POSITIVE_INFINITY): FunctionTime[] {
  const frameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, FunctionTime>();
  let at = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    at += delta;
    const frame = frameOf.get(id);
    if (!frame || at < fromMs || at > toMs) return;
    const name = frame.functionName || '(anonymous)';
    // Dependencies by their package path, wherever node_modules is (a worktree may link it from elsewhere).
    const url = frame.url
      .replace(`file://${projectRoot}/`, '')
      .replace(/^file:\/\//, '')
      .replace(/^.*\/node_modules\//, 'node_modules/');
    const where = url ? `${url}:${frame.lineNumber + 1}` : '';
    const key = `${name}@${where}`;
    const current = totals.get(key);
    totals.set(key, { name, where, selfMs: (current?.selfMs ?? 0) + delta });
  });
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs);
}

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const seconds = options.quick ? 1 : 5;
  const directory = await mkdtemp(path.join(os.tmpdir(), 'careergraph-cpuprof-'));
  try {
    const server = await startServerChild({}, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${directory}`] });
    let result;
    let fromMs = 0;
    let toMs = 0;
    try {
      await postOperation(server.url, ROLE_PAGE);
      await load(server.url, ROLE_PAGE, { connections: CONCURRENCY, seconds: options.quick ? 0.5 : 1.5 });
      fromMs = performance.now() - server.spawnedAt;
      result = await load(server.url, ROLE_PAGE, { connections: CONCURRENCY, seconds });
      toMs = performance.now() - server.spawnedAt;
    } finally {
      await server.stop();
    }
    const files = (await readdir(directory)).filter((file) => file.endsWith('.cpuprofile'));
    if (files.length === 0) throw new Error(`node --cpu-prof wrote no profile to ${directory}`);
    const profile = JSON.parse(
      await readFile(path.join(directory, files[0] as string), 'utf8'),
    ) as CpuProfile;
    const times = selfTimes(profile, fromMs, toMs);
    const total = times.reduce((sum, time) => sum + time.selfMs, 0);
    const idle = times.find((time) => time.name === '(idle)')?.selfMs ?? 0;
    const busy = total - idle;
    const top = times.filter((time) => time.name !== '(idle)').slice(0, options.quick ? 5 : 10);
    return {
      title: 'Where the time goes: CPU profile of the role page',
      markdown: [
        `The built server started with \`node --cpu-prof\`, loaded with the throughput scenario's role page for ${seconds} s`,
        `after a warm-up, by autocannon in the bench process over ${CONCURRENCY} keep-alive connections`,
        `(${count(result.perSecond)} req/s, median ${ms(result.latency.median)} ms, under the profiler).`,
        `Samples of the timed window only: ${ms(total)} ms, of which ${ms(idle)} ms idle and ${ms(busy)} ms busy.`,
        'Self time per function (name, file and line), highest first; `(program)` is native code outside JavaScript',
        '(much of it the HTTP and socket work) and `(garbage collector)` is GC.',
        '',
        table(
          ['rank', 'function', 'where', 'self ms', '% of busy'],
          top.map((time, index) => [
            String(index + 1),
            `\`${time.name}\``,
            time.where ? `\`${time.where}\`` : '',
            ms(time.selfMs),
            `${((100 * time.selfMs) / busy).toFixed(1)}%`,
          ]),
        ),
        '',
        'What this profile led to (before/after of two builds in alternating rounds: `npm run bench:ab -- <ref>`,',
        "bench/results/ab.md): it showed a resolve-info parse computing every nested field's arguments,",
        "graphql-query-complexity's type-info walk on every request and Apollo's per-field cache-control hook.",
        'Look-ahead now collects field names only, costs are cached per parsed document and variables, and the',
        'cache-control plugin is off: the role page went from 36% to 61% of `{ __typename }`.',
      ].join('\n'),
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
