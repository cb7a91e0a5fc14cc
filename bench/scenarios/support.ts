import { readFileSync } from 'node:fs';
import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import {
  killServerProcesses,
  startServerProcess,
  type ServerProcess,
  type ServerProcessOptions,
} from '../../test/support/server-process';

/**
 * Helpers shared by the scenarios in this folder: tables, resident memory, the built server, one
 * operation over HTTP. Statistics are in ../stats.ts, the load generator in ./load.ts.
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

export type ServerChild = ServerProcess;

/** The benchmarks' server: production mode, quiet logs, rate limiting and the answer cache off, nothing external, unless `env` says otherwise. */
export const benchServerEnv: Readonly<Record<string, string | undefined>> = {
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  REDIS_URL: undefined,
  SEED_DIR: undefined,
  RATE_LIMIT_POINTS: '0',
  NODE_OPTIONS: undefined,
  // Benchmarks measure the work of answering; the throughput scenario measures the shipped default too.
  ANSWER_CACHE_MB: '0',
};

/** The built server (test/support/server-process.ts, the one launcher) with the benchmarks' environment. */
export const startServerChild = (
  env: Record<string, string | undefined> = {},
  options: ServerProcessOptions = {},
): Promise<ServerChild> =>
  startServerProcess({ ...benchServerEnv, ...env }, { outputTail: 10_000, ...options });

/** Kills every server child still running (the runner calls it on the way out, whatever happened). */
export const killServerChildren = killServerProcesses;

/** A client of a Neo4j a scenario started (test/support/neo4j-process.ts): no password, the default database. */
export const benchNeo4jClient = (
  uri: string,
  { maxPoolSize, queryTimeoutMs }: { readonly maxPoolSize: number; readonly queryTimeoutMs: number },
): Neo4jClient =>
  new Neo4jClient({
    uri,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
    maxPoolSize,
    connectionTimeoutMs: 5_000,
    retryTimeMs: 5_000,
    queryTimeoutMs,
  });

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
