import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkCrosswalk, crosswalkContext, readCrosswalk } from './crosswalk/check-crosswalk';
import { checkEscoFolder } from './esco/esco-manifest';

/**
 * The checks of the ESCO layer beside the guide seed, for `npm run seed:check`: seed/esco/ matches its
 * manifest (no hand edits), and seed/crosswalk.yaml is sound against it and the guide slugs. A seed
 * folder without them (a generated benchmark seed) has nothing to check.
 */
export async function escoSeedProblems(seedDir: string): Promise<string[]> {
  const problems: string[] = [];
  const escoDir = path.join(seedDir, 'esco');
  if (!existsSync(escoDir)) return problems;
  for (const mismatch of await checkEscoFolder(escoDir))
    problems.push(`esco/${mismatch.file}: ${mismatch.reason}; run npm run import:esco again`);
  const crosswalkFile = path.join(seedDir, 'crosswalk.yaml');
  if (existsSync(crosswalkFile)) {
    const crosswalk = await readCrosswalk(crosswalkFile);
    for (const problem of checkCrosswalk(crosswalk, await crosswalkContext(seedDir)))
      problems.push(`crosswalk.yaml: ${problem}`);
  }
  return problems;
}
