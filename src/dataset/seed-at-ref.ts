import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../project-root';

const run = promisify(execFile);

/**
 * The last commit that changed `file` (seed/dataset.yaml: the commit of the current release), so a new
 * release is compared with the last one, not with whatever was committed last.
 */
export async function lastCommitOf(file: string, repository: string = projectRoot): Promise<string> {
  const { stdout } = await run('git', ['log', '-1', '--format=%H', '--', file], { cwd: repository });
  const commit = stdout.trim();
  if (commit === '') throw new Error(`no commit has ${file}`);
  return commit;
}

/**
 * The seed/ folder as it was at a git revision, written to a new temporary folder (removed by the
 * returned cleanup). `ref` is anything git accepts: a commit, a tag, HEAD~3; "WORKTREE" is the files
 * as they are now, committed or not.
 */
export async function seedAtRef(
  ref: string,
  repository: string = projectRoot,
  folder = 'seed',
): Promise<{ directory: string; cleanup: () => Promise<void> }> {
  if (ref === 'WORKTREE') return { directory: path.join(repository, folder), cleanup: async () => {} };
  // A ref is passed to git as one argument after "--end-of-options", never through a shell.
  const { stdout } = await run(
    'git',
    ['ls-tree', '-r', '--name-only', '--end-of-options', ref, '--', folder],
    {
      cwd: repository,
      maxBuffer: 64 * 2 ** 20,
    },
  ).catch((error: { stderr?: string }) => {
    throw new Error(`git does not know the revision "${ref}": ${(error.stderr ?? '').trim()}`);
  });
  const files = stdout.split('\n').filter((file) => file.length > 0);
  if (files.length === 0) throw new Error(`revision "${ref}" has no ${folder}/ folder`);
  const directory = await mkdtemp(path.join(os.tmpdir(), 'careergraph-seed-at-'));
  for (const file of files) {
    const { stdout: text } = await run('git', ['show', `${ref}:${file}`], {
      cwd: repository,
      maxBuffer: 512 * 2 ** 20,
    });
    const target = path.join(directory, path.relative(folder, file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { directory, cleanup: () => rm(directory, { recursive: true, force: true }) };
}
