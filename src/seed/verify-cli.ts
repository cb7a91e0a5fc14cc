import { formatSeedProblem } from './seed-errors';
import { defaultSeedDirectory } from './load-seed';
import { readSeedFiles } from './read-seed-files';
import { documentsDirectory, readDocuments } from './verify/documents';
import { verifySeed } from './verify/verify-seed';

/**
 * `npm run seed:verify`: every line locator in the seed (SEED_DIR, else seed/) checked against the
 * source documents (SEED_DOCUMENTS, else ../shared/seeds). Exit 0 when every locator holds, 1 on a
 * miss (each listed with its file:line), 2 when the seed cannot be read or the documents are missing.
 */
async function main(): Promise<void> {
  const seedDirectory = process.env.SEED_DIR ?? defaultSeedDirectory;
  const folder = documentsDirectory();
  const documents = await readDocuments(folder);
  if (documents === null || documents.size === 0) {
    console.error(
      `seed:verify: no documents in ${folder}; set SEED_DOCUMENTS to the folder of the source documents.`,
    );
    process.exitCode = 2;
    return;
  }
  const read = await readSeedFiles(seedDirectory);
  if (!read.ok) {
    console.error(`seed:verify: the seed in ${seedDirectory} does not read:`);
    for (const problem of read.problems) console.error(`  - ${formatSeedProblem(problem)}`);
    process.exitCode = 2;
    return;
  }
  const report = verifySeed(read.files, documents);
  if (report.problems.length > 0) {
    console.error(`seed:verify: ${report.problems.length} of ${report.checked} locators do not hold:`);
    for (const problem of report.problems) console.error(`  - ${formatSeedProblem(problem)}`);
    process.exitCode = 1;
    return;
  }
  console.log(
    `seed:verify: all ${report.checked} locators hold against ${documents.size} documents in ${folder} (${report.inferred} of them readings marked INFERRED).`,
  );
}

void main();
