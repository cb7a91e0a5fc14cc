import { spawn, type ChildProcess } from 'node:child_process';
import { builtScript } from './built-script';
import { parseAnswer, type GraphQLAnswer } from './json';

export interface ServerProcess {
  readonly url: string;
  /** GET /metrics, on the metrics port (METRICS_PORT). */
  readonly metricsUrl: string | undefined;
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built server (`node dist/src/main.js`, what `npm start` runs) on a free loopback port, on the embedded store unless `env` sets NEO4J_URI. */
export function startServerProcess(env: Record<string, string | undefined> = {}): Promise<ServerProcess> {
  // An undefined value removes the variable: the embedded store is chosen by NEO4J_URI being absent.
  // The embedded store unless the test names a Neo4j: jest's globalSetup exports the test Neo4j's NEO4J_URI.
  const merged = Object.entries({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    // Servers run side by side in tests: each takes a free metrics port (main.ts prints it).
    METRICS_PORT: '0',
    NEO4J_URI: undefined,
    ...env,
  }).filter(([, value]) => value !== undefined);
  const child = spawn(process.execPath, [builtScript('src/main.js')], {
    env: Object.fromEntries(merged),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving the \w+ store at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1] as string,
          metricsUrl: /metrics at (http:\/\/\S+)/.exec(output)?.[1],
          child,
          output: () => output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
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
