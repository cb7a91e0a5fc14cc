import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../src/project-root';

/**
 * Helpers shared by the scenarios in this folder: tables, latency statistics, the built server, one
 * operation over HTTP. The load generator is in ./load.ts.
 */

export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string =>
  [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

export const count = (value: number): string => Math.round(value).toLocaleString('en-US');

export const ms = (value: number): string =>
  !Number.isFinite(value)
    ? 'n/a'
    : value < 1
      ? value.toFixed(3)
      : value < 100
        ? value.toFixed(2)
        : value.toFixed(0);

/** Nearest-rank percentile (q in 0..1) of ascending samples; NaN when there are none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export interface LatencyStats {
  readonly samples: number;
  readonly median: number;
  readonly p99: number;
}

export function latencyStats(latencies: readonly number[]): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { samples: sorted.length, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** Resident set size of a process, in MB, from /proc/<pid>/status (Linux); NaN elsewhere. */
export function residentMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export interface ServerChild {
  readonly url: string;
  readonly child: ChildProcess;
  /** performance.now() when the process was spawned. */
  readonly spawnedAt: number;
  /** performance.now() when it printed the line it serves on. */
  readonly servingAt: number;
  /** SIGTERM, then SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Kills every server child still running (the runner calls it on the way out, whatever happened). */
export function killServerChildren(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * `node [nodeArgs] dist/src/main.js` (of this checkout, or of `root`) on a free loopback port, in production mode, with rate limiting
 * off unless `env` says otherwise; resolves once it prints the URL it serves on.
 */
export function startServerChild(
  env: Record<string, string | undefined> = {},
  options: { nodeArgs?: readonly string[]; timeoutMs?: number; root?: string } = {},
): Promise<ServerChild> {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NEO4J_URI: undefined,
    REDIS_URL: undefined,
    SEED_DIR: undefined,
    RATE_LIMIT_POINTS: '0',
    METRICS_PORT: '0',
    NODE_OPTIONS: undefined,
    ...env,
  })) {
    if (value !== undefined) merged[name] = value;
  }
  const spawnedAt = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), path.join(options.root ?? projectRoot, 'dist', 'src', 'main.js')],
    { env: merged, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  const timeoutMs = options.timeoutMs ?? 20_000;
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-10_000);
      const match = /serving the \w+ store at (http:\/\/\S+)/.exec(output);
      if (match) {
        const servingAt = performance.now();
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        // Keep draining the pipes so the child never blocks on a full one.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({
          url: match[1] as string,
          child,
          spawnedAt,
          servingAt,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) {
              child.kill('SIGTERM');
              const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
              await exited;
              clearTimeout(forced);
            }
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(child.exitCode)} before serving:\n${output}`));
    });
  });
}

export interface Operation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** POSTs one operation; throws unless it is a 200 with data and no errors. */
export async function postOperation(url: string, operation: Operation): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: operation.query, variables: operation.variables ?? {} }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`${operation.name}: HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}
