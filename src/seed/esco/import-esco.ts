import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildEscoLayer, importanceReading } from './build-esco-layer';
import { compareCodeUnits } from './compare';
import { parseEscoInput } from './esco-input';
import { escoLicence, manifestFile, serialise, sha256Hex, type EscoManifest } from './esco-manifest';
import { readPadding } from './esco-padding';
import { kebabCase } from './esco-slugs';
import type { GuideSlugs } from './guide-slugs';
import { readEscoPackage } from './read-esco-package';

export interface ImportedFiles {
  /** File name in the output folder -> content. */
  readonly files: ReadonlyMap<string, string>;
  readonly manifest: EscoManifest;
}

/** The ESCO layer's files for a package (wheel or folder), as text: nothing is written. */
export async function importEsco(
  location: string,
  guide: Pick<GuideSlugs, 'roles' | 'skills'>,
): Promise<ImportedFiles> {
  const esco = await readEscoPackage(location);
  const layer = buildEscoLayer(parseEscoInput(esco), readPadding(esco.padding?.text ?? null), guide);
  const outputs = new Map([
    ['roles.json', serialise(layer.roles)],
    ['skills.json', serialise(layer.skills)],
  ]);
  const besideGuide = (entries: readonly { slug: string; name: string }[], taken: ReadonlySet<string>) =>
    entries
      .filter((entry) => entry.slug !== kebabCase(entry.name) && taken.has(kebabCase(entry.name)))
      .map((entry) => entry.slug)
      .sort(compareCodeUnits);
  const inputs = [...Object.values(esco.data), ...(esco.padding ? [esco.padding] : [])];
  const manifest: EscoManifest = {
    package: {
      name: esco.name,
      version: esco.version,
      licence: 'BSD-3-Clause',
      copyright: 'Copyright (c) 2021, Par-Tec Spa',
      inputs: inputs.map((file) => ({ path: file.path, sha256: file.sha256 })),
    },
    esco: {
      release: {
        stated: null,
        dataFilesDated: esco.dataDated,
        note:
          'The package names no ESCO version. Its data files were built from an ESCO release published ' +
          'before the date the wheel records for them.',
      },
      licence: escoLicence.name,
      licenceUrl: escoLicence.url,
      attribution: escoLicence.attribution,
    },
    decisions: {
      importance: `Every requirement is CORE, with an INFERRED evidence item about importance (${importanceReading}; see esco/sparql.py in the package). The data has no optional skills.`,
      pairing:
        "A requirement names a skill record only when one record whose URI is in the occupation's list has the label (else the alternative label) the occupation lists; every other requirement is kept by label, as a skill without a URI.",
      familyAndSeniority:
        'UNSPECIFIED for every occupation: the data gives no family or level (ESCO occupations have none).',
      descriptions: "null: ESCO's description sentences are not carried.",
      aliases:
        'Alternative labels, less the label itself, the labels the package added, and spellings search treats as the same (the first in code-unit order is kept).',
      slugs:
        'The kebab-case of the label; when a guide entry of the same kind or an earlier ESCO concept holds it, <slug>-esco, then <slug>-esco-2, ... (concepts with a URI in URI order first, then skills known only by label, in label order).',
    },
    counts: layer.counts,
    excluded: { concepts: layer.excludedConcepts, altLabels: layer.excludedAltLabels },
    slugsBesideGuide: {
      roles: besideGuide(layer.roles, guide.roles),
      skills: besideGuide(layer.skills, guide.skills),
    },
    outputs: [...outputs].map(([file, text]) => ({ path: file, sha256: sha256Hex(text) })),
  };
  return { files: new Map([...outputs, [manifestFile, serialise(manifest)]]), manifest };
}

/** Writes the files into `folder`, each through a temporary file, so a failed run leaves no half file. */
export async function writeEscoFiles(folder: string, imported: ImportedFiles): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const [file, text] of imported.files) {
    const target = path.join(folder, file);
    await writeFile(`${target}.tmp`, text);
    await rename(`${target}.tmp`, target);
  }
}
