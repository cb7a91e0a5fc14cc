import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { builtScript } from './built-script';
import { parseAnswer, type GraphQLAnswer } from './json';

/**
 * The one launcher of the built server (`node dist/src/boot.js`, what `npm start` runs) as a child
 * process, for the end-to-end tests and the benchmarks (bench/scenarios/support.ts adds the benchmarks'
 * environment). It resolves once the server prints the URL it serves on.
 */
export interface ServerProcess {
  readonly url: string;
  /** GET /metrics, on the metrics port (METRICS_PORT). */
  readonly metricsUrl: string | undefined;
  readonly child: ChildProcess;
  /** What the server printed so far (its last `outputTail` characters when that option is set). */
  readonly output: () => string;
  /** performance.now() when the process was spawned. */
  readonly spawnedAt: number;
  /** performance.now() when it printed the line it serves on. */
  readonly servingAt: number;
  /** Sends SIGTERM (SIGKILL after 10 s) and resolves with the exit code once it has exited. */
  stop(): Promise<number | null>;
}

export interface ServerProcessOptions {
  /** Node flags before the script (e.g. `--cpu-prof`); none by default. */
  readonly nodeArgs?: readonly string[];
  /** How long it may take to serve before it is killed and the start fails; 20 s by default. */
  readonly timeoutMs?: number;
  /** The checkout whose build runs (A/B benchmarks build another revision); this one by default. */
  readonly root?: string;
  /** Keep only the last this many characters of output (long loaded runs); all of it by default. */
  readonly outputTail?: number;
}

const running = new Set<ChildProcess>();

/**
 * The server's entry in a build: dist/src/boot.js (the bundle, as `npm start` and the image run it),
 * or dist/src/main.js in a revision from before there was one (A/B benchmarks build older revisions).
 */
function entryOf(root: string = projectRoot): string {
  return existsSync(path.join(root, 'dist', 'src', 'boot.js'))
    ? builtScript('src/boot.js', root)
    : builtScript('src/main.js', root);
}

/** Kills every server process still running (the benchmarks' watchdog and exit path call it). */
export function killServerProcesses(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Starts the built server on a free loopback port, on the embedded store unless `env` sets NEO4J_URI. */
export function startServerProcess(
  env: Record<string, string | undefined> = {},
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  // An undefined value removes the variable: the embedded store is chosen by NEO4J_URI being absent.
  // The embedded store unless the caller names a Neo4j: jest's globalSetup exports the test Neo4j's NEO4J_URI.
  const merged = Object.entries({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    // Servers run side by side: each takes a free metrics port (main.ts prints it).
    METRICS_PORT: '0',
    NEO4J_URI: undefined,
    ...env,
  }).filter(([, value]) => value !== undefined);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entryOf(options.root)], {
    env: Object.fromEntries(merged),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(forced);
      return code;
    }
    return exited;
  };
  const timeoutMs = options.timeoutMs ?? 20_000;
  let output = '';
  let serving = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    // Listening to the end also drains the pipes, so the child never blocks on a full one.
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.outputTail !== undefined) output = output.slice(-options.outputTail);
      if (serving) return;
      const match = /serving the \w+ store at (http:\/\/\S+)/.exec(output);
      if (!match) return;
      serving = true;
      clearTimeout(timer);
      resolve({
        url: match[1] as string,
        metricsUrl: /metrics at (http:\/\/\S+)/.exec(output)?.[1],
        child,
        output: () => output,
        spawnedAt,
        servingAt: performance.now(),
        stop,
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before serving:\n${output}`));
    });
  });
}

/** POSTs a query; the body must be a GraphQL answer (the test fails on anything else). */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: GraphQLAnswer }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = parseAnswer(text);
  if (!body) throw new Error(`${response.status}: not a GraphQL answer: ${text.slice(0, 500)}`);
  return { status: response.status, body };
}
