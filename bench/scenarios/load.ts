import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { latencyStats, type LatencyStats } from '../stats';

/**
 * The benchmarks' one load generator: autocannon's programmatic API, in the bench process, against a
 * GraphQL endpoint. `connections` keep-alive HTTP/1.1 connections each send the next POST as soon as the
 * previous answer is in (no pipelining, no rate: a closed loop), for `seconds`, after an optional
 * untimed warm-up run of the same load.
 *
 * Latencies are autocannon's own per-response times (process.hrtime, from writing the request to the
 * last byte of the answer), taken from its `response` event: its latency histogram keeps whole
 * milliseconds only, too coarse for sub-millisecond answers.
 */

export interface LoadOperation {
  readonly query: string;
  /** The variables of every request, or of the i-th one (i counts from 0 across the warm-up and the timed run). */
  readonly variables?: Record<string, unknown> | ((i: number) => Record<string, unknown>);
  /**
   * Checks an answer's parsed `data`; a false counts as an error. Without it an answer passes on its
   * status and text alone (200, `"data"`, no `"errors"`), so nothing is parsed.
   */
  readonly check?: (data: unknown) => boolean;
}

export interface LoadPlan {
  /** Concurrent connections, so requests in flight. */
  readonly connections: number;
  /** Length of the timed run, in seconds. */
  readonly seconds: number;
  /** Length of the untimed run just before it, in seconds; default 0 (none). */
  readonly warmupSeconds?: number;
}

export interface LoadResult {
  /** Answers that passed: status 200, data, no errors, and the operation's check. */
  readonly requests: number;
  /** Answers that did not pass, plus socket errors and timeouts. */
  readonly errors: number;
  /** What the first failure was (warm-up included), or null. */
  readonly firstError: string | null;
  /** Length of the timed run as measured, in seconds. */
  readonly seconds: number;
  /** Passed answers per second. */
  readonly perSecond: number;
  /** Over the passed answers, in ms. */
  readonly latency: LatencyStats;
  /** Every passed answer's latency, ms, in the order they came in. */
  readonly latencies: readonly number[];
}

const HEADERS = { 'content-type': 'application/json' };

/** Why an answer does not pass, or null when it does. */
function failure(status: number, body: string, check: LoadOperation['check']): string | null {
  const problem = (why: string) => `${why}: HTTP ${status}: ${body.slice(0, 300)}`;
  if (status !== 200) return problem('not a 200');
  if (!check)
    return body.includes('"errors"') || !body.includes('"data"') ? problem('errors or no data') : null;
  let answer: { data?: unknown; errors?: unknown };
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    return problem('not JSON');
  }
  if (answer.errors !== undefined || answer.data === undefined) return problem('errors or no data');
  return check(answer.data) ? null : problem('check failed');
}

/** One autocannon run; `nextIndex` numbers the requests when the variables vary. */
async function cannon(
  url: string,
  operation: LoadOperation,
  connections: number,
  seconds: number,
  nextIndex: () => number,
): Promise<LoadResult> {
  const { query, variables, check } = operation;
  const bodyOf = (values: Record<string, unknown>) => JSON.stringify({ query, variables: values });
  let passed = 0;
  let failed = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  // autocannon calls a request's onResponse (status and body) and then, synchronously, emits `response`
  // (status and time) for the same answer: the verdict of one is read by the other.
  let lastPassed = false;
  const request: autocannon.Request = {
    method: 'POST',
    headers: HEADERS,
    onResponse: (status, body) => {
      const why = failure(status, body, check);
      lastPassed = why === null;
      firstError ??= why;
    },
    ...(typeof variables === 'function'
      ? { setupRequest: (built) => ({ ...built, body: bodyOf(variables(nextIndex())) }) }
      : { body: bodyOf(variables ?? {}) }),
  };
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: HEADERS,
        connections,
        duration: seconds,
        // How often autocannon checks whether the time is up (and samples its per-interval counters);
        // its default, 1 s, would round every run up to whole seconds.
        sampleInt: 50,
        requests: [request],
      },
      (error: unknown, done) => (error ? reject(error as Error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      if (lastPassed) {
        passed++;
        latencies.push(responseTime);
      } else failed++;
    });
    instance.on('reqError', (error: unknown) => {
      firstError ??= `socket error or timeout: ${String(error)}`;
    });
  });
  const elapsed = (performance.now() - started) / 1000;
  return {
    requests: passed,
    // result.errors counts socket errors and timeouts (a timed-out request has no answer).
    errors: failed + result.errors,
    firstError,
    seconds: elapsed,
    perSecond: passed / elapsed,
    latency: latencyStats(latencies),
    latencies,
  };
}

/** Loads `url` with `operation`: an untimed warm-up if the plan has one, then the timed run. */
export async function load(url: string, operation: LoadOperation, plan: LoadPlan): Promise<LoadResult> {
  let index = 0;
  const nextIndex = () => index++;
  let warmupError: string | null = null;
  if (plan.warmupSeconds && plan.warmupSeconds > 0)
    warmupError = (await cannon(url, operation, plan.connections, plan.warmupSeconds, nextIndex)).firstError;
  const result = await cannon(url, operation, plan.connections, plan.seconds, nextIndex);
  return { ...result, firstError: warmupError ?? result.firstError };
}
