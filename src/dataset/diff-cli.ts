import { factsOf } from './facts';
import { diffFacts, formatDiff } from './diff';
import { seedAtRef } from './seed-at-ref';
import { loadSeed } from '../seed/load-seed';
import { SeedValidationError } from '../seed/seed-errors';

/**
 * `npm run dataset:diff -- <ref> [<ref>] [--json]`: the facts added, removed and changed in seed/ from
 * the first git revision to the second (default: the working tree), entities, links and evidence alike.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  // --repo <folder>: another checkout's history (the tests use a fixture repository).
  const repoAt = args.indexOf('--repo');
  const repository = repoAt >= 0 ? args[repoAt + 1] : undefined;
  const refs = args.filter((arg, index) => arg !== '--json' && index !== repoAt && index !== repoAt + 1);
  if (refs.length < 1 || refs.length > 2) {
    console.error(
      'usage: npm run dataset:diff -- <git-ref> [<git-ref>] [--json] [--repo <folder>]   (the second ref defaults to the working tree)',
    );
    process.exitCode = 2;
    return;
  }
  const [from, to = 'WORKTREE'] = refs as [string, string?];
  const load = async (ref: string) => {
    const seed = await seedAtRef(ref, repository);
    try {
      return factsOf(await loadSeed(seed.directory));
    } finally {
      await seed.cleanup();
    }
  };
  const diff = diffFacts(await load(from), await load(to));
  process.stdout.write(
    json ? `${JSON.stringify({ from, to, ...diff }, null, 2)}\n` : formatDiff(diff, from, to),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
