import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { EscoRoleEntry, EscoSkillEntry } from '../esco/esco-entries';
import { readGuideSlugs } from '../esco/guide-slugs';

/**
 * The crosswalk (seed/crosswalk.yaml): our roles, skills and technologies mapped to ESCO concepts with
 * a SKOS mapping relation and a one-line reason, plus the false friends never to map and the slugs
 * that have no counterpart. Read and checked here, apart from the seed loader.
 */
export const matchRelations = ['EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED'] as const;
export type MatchRelation = (typeof matchRelations)[number];

const oneLine = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !text.includes('\n'), 'must be one line');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a slug');
const mapping = z.strictObject({
  slug,
  esco: oneLine,
  uri: z.string().url(),
  match: z.enum(matchRelations),
  reason: oneLine,
});
const ourKinds = ['roles', 'skills', 'technologies'] as const;
export type OurKind = (typeof ourKinds)[number];
const one: Record<OurKind, string> = { roles: 'role', skills: 'skill', technologies: 'technology' };

export const crosswalkFile = z.strictObject({
  pending: z.array(slug).default([]),
  roles: z.array(mapping).default([]),
  skills: z.array(mapping).default([]),
  technologies: z.array(mapping).default([]),
  falseFriends: z
    .array(
      z.union([
        z.strictObject({ role: slug, esco: oneLine, uri: z.string().url(), reason: oneLine }),
        z.strictObject({ skill: slug, esco: oneLine, uri: z.string().url(), reason: oneLine }),
        z.strictObject({ technology: slug, esco: oneLine, uri: z.string().url(), reason: oneLine }),
      ]),
    )
    .default([]),
  none: z
    .strictObject({
      roles: z.array(slug).default([]),
      skills: z.array(slug).default([]),
      technologies: z.array(slug).default([]),
    })
    .default({ roles: [], skills: [], technologies: [] }),
});
export type Crosswalk = z.output<typeof crosswalkFile>;
export type CrosswalkMapping = z.output<typeof mapping>;

/** What the crosswalk is checked against: the ESCO import and the guide layer's slugs per kind. */
export interface CrosswalkContext {
  /** ESCO occupation URI -> label (seed/esco/roles.json). */
  readonly occupations: ReadonlyMap<string, string>;
  /** ESCO skill URI -> label (seed/esco/skills.json, skills with a URI). */
  readonly skills: ReadonlyMap<string, string>;
  readonly guide: Readonly<Record<OurKind, ReadonlySet<string>>>;
}

/**
 * Every problem of the crosswalk, as readable lines (none when it is sound):
 * - each uri is an imported ESCO concept of the right kind (occupations for roles, skills otherwise),
 *   and `esco` is its label, so a pasted URI cannot silently name another concept;
 * - no slug of ours is mapped EXACT twice, no ESCO concept is the EXACT match of two of ours, and no
 *   pair is stated twice;
 * - every slug names a guide entry of its kind (or is `pending`, while the guide lacks it), and every
 *   guide entry is either mapped or listed under `none`, never both;
 * - a false friend names a slug of ours and is never mapped for it.
 */
export function checkCrosswalk(crosswalk: Crosswalk, context: CrosswalkContext): string[] {
  const problems: string[] = [];
  const pending = new Set(crosswalk.pending);
  const known = (kind: OurKind, value: string) => context.guide[kind].has(value) || pending.has(value);
  for (const value of pending)
    if (ourKinds.some((kind) => context.guide[kind].has(value)))
      problems.push(`pending: ${value} is now in the guide layer; remove it from pending`);

  const exactFor = new Map<string, string>();
  const exactOf = new Map<string, string>();
  for (const kind of ourKinds) {
    const concepts = kind === 'roles' ? context.occupations : context.skills;
    const conceptKind = kind === 'roles' ? 'occupation' : 'skill';
    const pairs = new Set<string>();
    crosswalk[kind].forEach((entry, index) => {
      const at = `${kind}[${index}] ${entry.slug}`;
      if (!known(kind, entry.slug)) problems.push(`${at}: no ${one[kind]} of ours has this slug`);
      const label = concepts.get(entry.uri);
      if (label === undefined) problems.push(`${at}: ${entry.uri} is not an imported ESCO ${conceptKind}`);
      else if (label !== entry.esco)
        problems.push(`${at}: ${entry.uri} is "${label}" in the import, not "${entry.esco}"`);
      const pair = `${entry.slug} ${entry.uri}`;
      if (pairs.has(pair)) problems.push(`${at}: this pair is stated twice`);
      pairs.add(pair);
      if (entry.match !== 'EXACT') return;
      const ours = `${kind}/${entry.slug}`;
      if (exactFor.has(ours)) problems.push(`${at}: mapped EXACT twice (also to ${exactFor.get(ours)})`);
      if (exactOf.has(entry.uri))
        problems.push(`${at}: ${entry.uri} is already the EXACT match of ${exactOf.get(entry.uri)}`);
      exactFor.set(ours, entry.uri);
      exactOf.set(entry.uri, ours);
    });
  }

  for (const kind of ourKinds) {
    const mapped = new Set(crosswalk[kind].map((entry) => entry.slug));
    const none = new Set(crosswalk.none[kind]);
    for (const value of none) {
      if (!known(kind, value)) problems.push(`none.${kind}: no ${one[kind]} of ours is ${value}`);
      if (mapped.has(value)) problems.push(`none.${kind}: ${value} is mapped, yet listed as having none`);
    }
    for (const value of [...context.guide[kind]].sort())
      if (!mapped.has(value) && !none.has(value))
        problems.push(`${kind}: ${value} is neither mapped nor listed under none`);
  }

  crosswalk.falseFriends.forEach((friend, index) => {
    const [kind, value] =
      'role' in friend
        ? (['roles', friend.role] as const)
        : 'skill' in friend
          ? (['skills', friend.skill] as const)
          : (['technologies', friend.technology] as const);
    const at = `falseFriends[${index}] ${value}`;
    if (!known(kind, value)) problems.push(`${at}: no ${one[kind]} of ours has this slug`);
    const concepts = kind === 'roles' ? context.occupations : context.skills;
    const label = concepts.get(friend.uri);
    if (label === undefined) problems.push(`${at}: ${friend.uri} is not an imported ESCO concept`);
    else if (label !== friend.esco) problems.push(`${at}: ${friend.uri} is "${label}", not "${friend.esco}"`);
    if (crosswalk[kind].some((entry) => entry.slug === value && entry.uri === friend.uri))
      problems.push(`${at}: mapped although listed as a false friend`);
  });
  return problems;
}

/** The crosswalk file, validated for shape; throws with the first problems when it is malformed. */
export async function readCrosswalk(file: string): Promise<Crosswalk> {
  const parsed = crosswalkFile.safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  return parsed.data;
}

/** The context from a seed folder: seed/esco/*.json and the guide slugs of seed/{roles,skills,technologies}.yaml. */
export async function crosswalkContext(seedDir: string): Promise<CrosswalkContext> {
  const json = async <T>(file: string) => JSON.parse(await readFile(path.join(seedDir, file), 'utf8')) as T;
  const occupations = await json<EscoRoleEntry[]>('esco/roles.json');
  const skills = await json<EscoSkillEntry[]>('esco/skills.json');
  const byUri = (entries: readonly (EscoRoleEntry | EscoSkillEntry)[]) =>
    new Map(entries.flatMap((entry) => entry.externalIds.map((id) => [id.uri, entry.name] as const)));
  return {
    occupations: byUri(occupations),
    skills: byUri(skills),
    guide: await readGuideSlugs(seedDir),
  };
}

/** Counts by match kind, and what has no counterpart, for reports. */
export function crosswalkSummary(crosswalk: Crosswalk) {
  const byMatch = Object.fromEntries(matchRelations.map((match) => [match, 0])) as Record<
    MatchRelation,
    number
  >;
  for (const kind of ourKinds) for (const entry of crosswalk[kind]) byMatch[entry.match]++;
  return {
    mappings: ourKinds.reduce((sum, kind) => sum + crosswalk[kind].length, 0),
    byMatch,
    none: crosswalk.none,
  };
}
