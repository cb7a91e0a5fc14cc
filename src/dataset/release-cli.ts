import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultSeedDirectory, loadSeed } from '../seed/load-seed';
import { SeedValidationError } from '../seed/seed-errors';
import { hashFacts } from './dataset-hash';
import { diffFacts, diffSummary } from './diff';
import { factsOf } from './facts';
import { lastCommitOf, seedAtRef } from './seed-at-ref';

const compareVersions = (a: string, b: string) => {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((x?.[i] ?? 0) !== (y?.[i] ?? 0)) return (x?.[i] ?? 0) - (y?.[i] ?? 0);
  return 0;
};

/**
 * `npm run dataset:release -- <version> "<summary>"`: makes the seed a release. Records the version, the
 * day and the facts' hash in seed/dataset.yaml, and adds the release to seed/CHANGES.md with its summary
 * and what changed since the last release (counts per fact type). Refuses a version not above the
 * current one when the facts changed.
 */
async function main(): Promise<void> {
  const [version, ...words] = process.argv.slice(2);
  const summary = words.join(' ').trim();
  if (!version || !/^\d+\.\d+\.\d+$/.test(version) || summary === '') {
    console.error(
      'usage: npm run dataset:release -- <major.minor.patch> "<one-paragraph summary of the release>"',
    );
    process.exitCode = 2;
    return;
  }
  const directory = process.env.SEED_DIR ?? defaultSeedDirectory;
  const graph = await loadSeed(directory);
  const facts = factsOf(graph);
  const hash = hashFacts(facts);
  if (hash !== graph.release.recordedHash && compareVersions(version, graph.release.version) <= 0) {
    throw new Error(
      `the facts changed since release ${graph.release.version}: the new release needs a higher version than ${graph.release.version}`,
    );
  }
  let changes = '';
  try {
    const previous = await seedAtRef(await lastCommitOf(path.join('seed', 'dataset.yaml')));
    try {
      const rows = diffSummary(diffFacts(factsOf(await loadSeed(previous.directory)), facts));
      changes =
        rows.length === 0
          ? hash === graph.release.recordedHash
            ? `No change in the facts since release ${graph.release.version}.\n`
            : // Same files, other facts: this version of careergraph reads them differently (a layer it
              // did not load before), so the release's recorded hash no longer matches.
              `The seed files of release ${graph.release.version} give these same facts when read by this version of careergraph; its recorded hash (${graph.release.recordedHash.slice(0, 12)}…) was computed by a version that read fewer of them.\n`
          : [
              '| facts | added | removed | changed |',
              '| --- | --- | --- | --- |',
              ...rows.map((row) => `| ${row.type} | ${row.added} | ${row.removed} | ${row.changed} |`),
            ].join('\n') + '\n';
    } finally {
      await previous.cleanup();
    }
  } catch (error) {
    // The last release may hold no seed of this format yet (the first release): no counts, only the summary.
    changes = `(No comparison with the last release: ${(error as Error).message.split('\n')[0]})\n`;
  }
  const released = new Date().toISOString().slice(0, 10);
  const manifest = path.join(directory, 'dataset.yaml');
  const text = await readFile(manifest, 'utf8');
  await writeFile(
    manifest,
    text
      .replace(/^version: .*$/m, `version: ${version}`)
      .replace(/^released: .*$/m, `released: ${released}`)
      .replace(/^hash: .*$/m, `hash: "${hash}"`),
  );
  const log = path.join(directory, 'CHANGES.md');
  const existing = await readFile(log, 'utf8').catch(() => '# Dataset releases\n');
  const [title, ...rest] = existing.split('\n');
  const entry = `## ${version} (${released})\n\n${summary}\n\nContent hash \`${hash}\`.\n\n${changes}`;
  await writeFile(log, [title, '', entry, ...rest.join('\n').replace(/^\n+/, '').split('\n')].join('\n'));
  console.log(`seed/ is release ${version} of ${released}, hash ${hash}; seed/CHANGES.md has its entry.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
