import 'reflect-metadata';
import { runAb } from './ab';
import { loadIsolationWatchdogMs, runLoadIsolation } from './load-isolation';
import { killServerChildren } from './scenarios/support';
import { runSuite, suiteWatchdogMs } from './suite';

/**
 * The one entry point of the benchmarks (`npm run build` first; the npm scripts do):
 *
 *   node dist/bench/run.js [--quick] [--only=a,b]   the scenario suite (suite.ts)       npm run bench
 *   node dist/bench/run.js ab <git ref>             that ref's build against this one   npm run bench:ab -- <ref>
 *   node dist/bench/run.js load                     the worst request against a light   npm run bench:load
 *                                                   client (load-isolation.ts)
 *
 * Whatever happens the process ends: a watchdog per mode kills the server children and exits 2, and
 * they are killed on the way out.
 */
/** A command line the runner does not understand: its message is all the user needs. */
class UsageError extends Error {}

interface Mode {
  readonly watchdogMs: number | null;
  run(): Promise<void>;
}

function modeOf(args: readonly string[]): Mode {
  const [command, ...rest] = args;
  if (command === 'ab') {
    const ref = rest[0];
    if (!ref) throw new UsageError('usage: npm run bench:ab -- <git ref to compare this checkout with>');
    return { watchdogMs: null, run: () => runAb(ref) };
  }
  if (command === 'load') return { watchdogMs: loadIsolationWatchdogMs, run: runLoadIsolation };
  const quick = args.includes('--quick');
  const only = args
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  return { watchdogMs: suiteWatchdogMs(quick), run: () => runSuite({ quick, only }) };
}

async function main(): Promise<void> {
  const mode = modeOf(process.argv.slice(2));
  if (mode.watchdogMs !== null) {
    const watchdogMs = mode.watchdogMs;
    setTimeout(() => {
      console.error(`bench: still running after ${watchdogMs / 1000} s; stopping`);
      killServerChildren();
      process.exit(2);
    }, watchdogMs).unref();
  }
  await mode.run();
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => killServerChildren());
