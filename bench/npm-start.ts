/*
 * `npm start` as a newcomer runs it, in a fresh copy of the project: used by the restart scenario
 * (bench/scenarios/restart.ts) and by test/e2e/npm-start.test.ts.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../src/project-root';

/**
 * A copy of the project as a fresh clone holds it (the files git tracks, and new ones it does not ignore),
 * with no dist/ and node_modules linked to this checkout's (as if `npm ci` had run). Remove it with
 * removeCopy.
 */
export async function freshCopy(): Promise<string> {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'careergraph-fresh-'));
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: projectRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of listed.toString('utf8').split('\0')) {
    // Deleted in the work tree but still in the index: a fresh clone of this state would not have it.
    if (!file || !existsSync(path.join(projectRoot, file))) continue;
    await mkdir(path.dirname(path.join(copy, file)), { recursive: true });
    await copyFile(path.join(projectRoot, file), path.join(copy, file));
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

export const removeCopy = (copy: string) => rm(copy, { recursive: true, force: true });

export interface NpmStart {
  /** Seconds from spawning `npm start` to the first answered query (`{ __typename }` over HTTP). */
  readonly seconds: number;
  /** What npm and the server printed until then. */
  readonly output: string;
}

/**
 * Runs `npm start` in `folder` (embedded store, a free loopback port), waits for its first answer to a
 * query, then stops it (SIGTERM to its process group: npm, its shell, tsc, the server).
 */
export async function timeNpmStart(folder: string, timeoutMs = 180_000): Promise<NpmStart> {
  const started = performance.now();
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete environment.NEO4J_URI;
  const child = spawn('npm', ['start'], {
    cwd: folder,
    env: environment,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start did not serve in time:\n${output}`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const serving = /serving the \w+ store at (http:\/\/\S+)/.exec(output);
        if (serving) {
          clearTimeout(timer);
          resolve(serving[1] as string);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`npm start exited before serving:\n${output}`));
      });
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const answer = (await response.json()) as { data?: { __typename?: string } };
    if (answer.data?.__typename !== 'Query') throw new Error(`unexpected answer: ${JSON.stringify(answer)}`);
    return { seconds: (performance.now() - started) / 1000, output };
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}
