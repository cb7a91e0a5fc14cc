/**
 * jest globalSetup: gives the suites a Neo4j through NEO4J_URI.
 *
 * - NEO4J_URI already set: used as is (nothing is started).
 * - Otherwise: builds the launcher in test/neo4j-server when needed (`mvn package`, only when its jar is missing
 *   or older than its pom/sources), starts it (`java ... careergraph.TestNeo4j`: an in-process Neo4j, Bolt on a
 *   free 127.0.0.1 port, no auth) and sets NEO4J_URI, which jest passes on to the test workers.
 * - It cannot start: with CAREERGRAPH_REQUIRE_NEO4J=true this throws (the run fails); otherwise it warns and
 *   leaves NEO4J_URI unset, and the Neo4j suites skip.
 *
 * The child keeps its stdin pipe open; it stops when the pipe closes, so even a killed jest leaves no Neo4j.
 * globalTeardown (neo4j-global-teardown.ts) stops it and waits for it to exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SERVER_DIR = path.resolve(__dirname, '../neo4j-server');
const TARGET_DIR = path.join(SERVER_DIR, 'target');
const JAR = path.join(TARGET_DIR, 'careergraph-test-neo4j.jar');
/** Class-data-sharing archive of the launcher's classes: about 1.5 s less CPU per start on 2 cores. */
const CDS_ARCHIVE = path.join(TARGET_DIR, 'careergraph-test-neo4j.jsa');
const BUILD_LOCK = path.join(TARGET_DIR, '.build-lock');

const BUILD_TIMEOUT_MS = 600_000; // the first build downloads about 190 MB of jars
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000; // writing the class-data-sharing archive at exit takes a few seconds

/**
 * Small heap (the JVM's default initial heap is 1/64 of the RAM), serial GC and C1 only: the server lives for
 * one test run, so C2's compile work on 2 cores costs more than it saves.
 */
const JVM_FLAGS = [
  '-Xms64m',
  '-Xmx512m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:+ExitOnOutOfMemoryError',
];

interface TestNeo4jHandle {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  /** Class-data-sharing archive this run writes at exit, renamed to CDS_ARCHIVE once the JVM is gone. */
  readonly cdsDump: string | null;
}

const HANDLE_KEY = '__careergraphTestNeo4j';
const handles = globalThis as unknown as Record<typeof HANDLE_KEY, TestNeo4jHandle | undefined>;

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`\ntest Neo4j: using NEO4J_URI=${process.env.NEO4J_URI}`);
    return;
  }
  try {
    await buildIfNeeded();
    const started = Date.now();
    const { uri, handle } = await start();
    handles[HANDLE_KEY] = handle;
    process.env.NEO4J_URI = uri;
    console.log(`\ntest Neo4j: ${uri}, started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = `test Neo4j did not start: ${(error as Error).message}`;
    if (process.env.CAREERGRAPH_REQUIRE_NEO4J === 'true') {
      throw new Error(message);
    }
    console.warn(`\n${message}\nThe Neo4j suites will be skipped (set NEO4J_URI to use a running Neo4j).`);
  }
}

/** Stops the Neo4j this process started, if any, and waits for it to exit. */
export async function stopTestNeo4j(): Promise<void> {
  const handle = handles[HANDLE_KEY];
  if (!handle) return;
  handles[HANDLE_KEY] = undefined;
  const { child, exited, cdsDump } = handle;
  if (child.exitCode === null && child.signalCode === null) {
    child.ref(); // keep jest alive until it is gone
    child.stdin?.end();
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  if (cdsDump && fs.existsSync(cdsDump)) {
    if (child.signalCode !== 'SIGKILL' && fs.statSync(cdsDump).size > 0) {
      fs.renameSync(cdsDump, CDS_ARCHIVE);
    } else {
      fs.rmSync(cdsDump, { force: true });
    }
  }
}

function start(): Promise<{ uri: string; handle: TestNeo4jHandle }> {
  const cdsFlags: string[] = [];
  let cdsDump: string | null = null;
  if (isNewer(CDS_ARCHIVE, JAR)) {
    cdsFlags.push(`-XX:SharedArchiveFile=${CDS_ARCHIVE}`);
  } else if (!process.env.CI) {
    removeAbandonedCdsDumps();
    // This run records the archive (slower start and stop, once); CI's fresh clones would never reuse it.
    cdsDump = path.join(TARGET_DIR, `careergraph-test-neo4j.${process.pid}.jsa.tmp`);
    cdsFlags.push(`-XX:ArchiveClassesAtExit=${cdsDump}`);
  }
  const child = spawn(javaCommand(), [...JVM_FLAGS, ...cdsFlags, '-cp', JAR, 'careergraph.TestNeo4j'], {
    cwd: SERVER_DIR,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000); // read on, or the child blocks on a full pipe
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  return new Promise((resolve, reject) => {
    const onError = (error: Error) => fail(`cannot run ${javaCommand()}: ${error.message}`);
    const onExit = (code: number | null, signal: string | null) =>
      fail(`the launcher exited (${signal ?? code}) before it was ready`);
    const onData = () => {
      const match = /^NEO4J_URI=(\S+)$/m.exec(output);
      if (!match) return;
      settle();
      child.on('error', () => undefined);
      // From now on neither the child nor its pipes keep jest alive; the stdin pipe stays open.
      child.unref();
      for (const stream of [child.stdin, child.stdout, child.stderr]) {
        (stream as unknown as { unref?: () => void } | null)?.unref?.();
      }
      resolve({ uri: match[1] as string, handle: { child, exited, cdsDump } });
    };
    const settle = () => {
      clearTimeout(timer);
      child.off('error', onError);
      child.off('exit', onExit);
      child.stdout?.off('data', onData);
    };
    const fail = (reason: string) => {
      settle();
      child.kill('SIGKILL');
      if (cdsDump) fs.rmSync(cdsDump, { force: true });
      reject(new Error(`${reason}\n${output.trim()}`));
    };
    const timer = setTimeout(
      () => fail(`no NEO4J_URI line within ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    child.on('error', onError);
    child.on('exit', onExit);
    child.stdout?.on('data', onData);
  });
}

/** Archives being recorded by jest runs that were killed (about 100 MB each). */
function removeAbandonedCdsDumps(): void {
  for (const name of fs.readdirSync(TARGET_DIR)) {
    const pid = /^careergraph-test-neo4j\.(\d+)\.jsa\.tmp$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) fs.rmSync(path.join(TARGET_DIR, name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function buildIfNeeded(): Promise<void> {
  if (isUpToDate()) return;
  fs.mkdirSync(TARGET_DIR, { recursive: true });
  await withBuildLock(async () => {
    if (isUpToDate()) return; // another jest run built it while we waited
    console.log(
      '\ntest Neo4j: building test/neo4j-server (mvn package; the first build downloads ~190 MB into ~/.m2)',
    );
    const started = Date.now();
    await run('mvn', ['-q', '-B', '-f', path.join(SERVER_DIR, 'pom.xml'), 'package'], BUILD_TIMEOUT_MS);
    const now = new Date();
    fs.utimesSync(JAR, now, now); // the jar plugin keeps an unchanged jar (and its old time): build once only
    fs.rmSync(CDS_ARCHIVE, { force: true });
    console.log(`test Neo4j: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
}

function isUpToDate(): boolean {
  if (!fs.existsSync(JAR)) return false;
  const sources = [path.join(SERVER_DIR, 'pom.xml'), ...listFiles(path.join(SERVER_DIR, 'src'))];
  return sources.every((source) => !isNewer(source, JAR));
}

/** Whether `file` exists and was modified after `than` (or `than` is missing). */
function isNewer(file: string, than: string): boolean {
  if (!fs.existsSync(file)) return false;
  if (!fs.existsSync(than)) return true;
  return fs.statSync(file).mtimeMs > fs.statSync(than).mtimeMs;
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(file) : [file];
  });
}

/** Two jest runs starting at once must not run two Maven builds into the same target/. */
async function withBuildLock(body: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = fs.statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > BUILD_TIMEOUT_MS) {
        fs.rmSync(BUILD_LOCK, { recursive: true, force: true }); // left by a killed run
      }
      if (Date.now() > deadline) throw new Error(`${BUILD_LOCK} is held by another build`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    await body();
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: SERVER_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', (error) => reject(new Error(`cannot run ${command}: ${error.message}`)));
    child.once('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`${command} ${args.join(' ')} failed (${signal ?? code}):\n${output.slice(-20_000)}`),
          ),
    );
  });
}

function javaCommand(): string {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}
