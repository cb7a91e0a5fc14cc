import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/project-root';
import { load } from './scenarios/load';
import { count, ms, startServerChild, table, type ServerChild } from './scenarios/support';
import { CONCURRENCY, OPERATIONS, THROUGHPUT_ENV, TRIVIAL } from './scenarios/throughput';

/**
 * `npm run bench:ab -- <git ref>` (bench/run.ts ab <ref>): the throughput operations against two builds side by side, the
 * ref's (before) and this checkout's (after), each started as the built server on the embedded
 * store. Rounds alternate between the two (and flip order each round) so that a noisy machine slows
 * both alike; each figure is the mean over the rounds. Writes bench/results/ab.md.
 */
const rounds = 4;
const seconds = 3;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
}

async function buildRef(ref: string): Promise<{ root: string; commit: string; remove(): Promise<void> }> {
  const commit = git('rev-parse', '--short', ref);
  const root = await mkdtemp(path.join(os.tmpdir(), 'careergraph-ab-'));
  git('worktree', 'add', '--detach', root, commit);
  const remove = async () => {
    git('worktree', 'remove', '--force', root);
    await rm(root, { recursive: true, force: true });
  };
  try {
    await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    return { root, commit, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

export async function runAb(ref: string): Promise<void> {
  const before = await buildRef(ref);
  const servers: Record<'before' | 'after', ServerChild | undefined> = {
    before: undefined,
    after: undefined,
  };
  try {
    servers.before = await startServerChild(THROUGHPUT_ENV, { root: before.root });
    servers.after = await startServerChild(THROUGHPUT_ENV);
    const sides = [
      ['before', servers.before],
      ['after', servers.after],
    ] as const;
    const rows: string[][] = [];
    const rates: Record<string, { before: number; after: number }> = {};
    for (const operation of [TRIVIAL, ...OPERATIONS]) {
      const sums = { before: 0, after: 0 };
      for (const [, server] of sides)
        await load(server.url, operation, { connections: CONCURRENCY, seconds: 1 });
      for (let round = 0; round < rounds; round++) {
        for (const [side, server] of round % 2 === 0 ? sides : [...sides].reverse()) {
          const result = await load(server.url, operation, { connections: CONCURRENCY, seconds });
          if (result.errors > 0) throw new Error(`${operation.name} on ${side}: ${result.firstError}`);
          sums[side] += result.perSecond / rounds;
        }
      }
      rates[operation.name] = sums;
      console.log(`${operation.name}: ${count(sums.before)} -> ${count(sums.after)} req/s`);
    }
    const trivial = rates[TRIVIAL.name] as { before: number; after: number };
    for (const [name, { before: b, after: a }] of Object.entries(rates)) {
      rows.push([
        name,
        count(b),
        count(a),
        `${ms(a / b)}×`,
        `${Math.round((100 * b) / trivial.before)}%`,
        `${Math.round((100 * a) / trivial.after)}%`,
      ]);
    }
    const report = [
      `# A/B: ${before.commit} (before) against this checkout (after)`,
      '',
      `The built server of each on the embedded store (production mode, rate limiting off) on 127.0.0.1, ` +
        `loaded with autocannon (${CONCURRENCY} connections) from this process: per operation a 1 s warm-up of ` +
        `each, then ${rounds} rounds of ${seconds} s alternating between the two, order flipped each round. ` +
        'Figures are mean req/s over the rounds; the last two columns are each build against its own `{ __typename }`.',
      '',
      table(
        [
          'operation',
          'before req/s',
          'after req/s',
          'after / before',
          'before, % of trivial',
          'after, % of trivial',
        ],
        rows,
      ),
      '',
    ].join('\n');
    await writeFile(path.join(projectRoot, 'bench', 'results', 'ab.md'), report);
    console.log(`\n${report}\nwrote bench/results/ab.md`);
  } finally {
    await Promise.all(Object.values(servers).map((server) => server?.stop()));
    await before.remove();
  }
}
