import { performance } from 'node:perf_hooks';
import { percentile } from '../support';

export interface LoadOptions {
  readonly url: string;
  readonly query: string;
  /** Variables of the i-th request (i counts from 0 across all workers). */
  readonly variables: (i: number) => Record<string, unknown>;
  readonly concurrency: number;
  readonly durationMs: number;
  /** How long the same loop runs, untimed, before the clock starts (warms the JIT of Node and Neo4j). */
  readonly warmupMs: number;
  /** Checks one answer's data; a false is counted as an error. */
  readonly check: (data: unknown) => boolean;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly firstError: string | null;
  readonly requestsPerSecond: number;
  readonly medianMs: number;
  readonly p99Ms: number;
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message?: string }[] };
  return { status: response.status, body };
}

/**
 * A closed, bounded load loop: `concurrency` workers each send one request at a time until the time is
 * up, so requests per second is what the server (and this process) sustained at that concurrency.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let index = 0;
  let errors = 0;
  let firstError: string | null = null;
  const one = async (): Promise<void> => {
    const i = index++;
    try {
      const { status, body } = await post(options.url, options.query, options.variables(i));
      if (status !== 200 || body.errors || !options.check(body.data)) {
        errors++;
        firstError ??= `HTTP ${status}: ${JSON.stringify(body.errors ?? body.data).slice(0, 300)}`;
      }
    } catch (error) {
      errors++;
      firstError ??= String(error);
    }
  };

  const warmupEnd = performance.now() + options.warmupMs;
  const warmer = async () => {
    while (performance.now() < warmupEnd) await one();
  };
  await Promise.all(Array.from({ length: options.concurrency }, warmer));

  errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await one();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const elapsedMs = performance.now() - started;
  latencies.sort((a, b) => a - b);
  const middle = latencies.length / 2;
  const medianMs =
    latencies.length === 0
      ? Number.NaN
      : latencies.length % 2 === 1
        ? (latencies[Math.floor(middle)] as number)
        : ((latencies[middle - 1] as number) + (latencies[middle] as number)) / 2;
  return {
    requests: latencies.length,
    errors,
    firstError,
    requestsPerSecond: (latencies.length * 1000) / elapsedMs,
    medianMs,
    p99Ms: percentile(latencies, 0.99),
  };
}
