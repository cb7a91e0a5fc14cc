import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type {
  ExternalId,
  RoleEntity,
  SkillEntity,
  SourceEntity,
  TechnologyEntity,
} from '../../domain/entities';
import { sourcesOf } from '../build-seed-graph';
import { checkCrosswalk, readCrosswalk, type Crosswalk, type OurKind } from '../crosswalk/check-crosswalk';
import { formatPath } from '../read-seed-files';
import type { SeedProblem } from '../seed-errors';
import type { GradedLink, SeedGraph } from '../seed-graph';
import { roleFile, skillFile } from '../seed-schema';
import { manifestFile, type EscoManifest } from './esco-manifest';

/** The slug every ESCO fact cites as its source; its Source node is made from the manifest. */
export const escoSourceSlug = 'esco';

/** What seed/esco/ and seed/crosswalk.yaml hold, read but not yet checked. */
export interface EscoLayerFiles {
  readonly roles: unknown;
  readonly skills: unknown;
  readonly manifest: EscoManifest;
  /** null when the seed folder has no crosswalk.yaml. */
  readonly crosswalk: Crosswalk | null;
}

/** The ESCO layer of a seed folder, or null when it has none (a generated benchmark seed). */
export async function readEscoLayer(seedDir: string): Promise<EscoLayerFiles | null> {
  const folder = path.join(seedDir, 'esco');
  if (!existsSync(folder)) return null;
  const json = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(path.join(folder, file), 'utf8'));
  const crosswalkPath = path.join(seedDir, 'crosswalk.yaml');
  return {
    roles: await json('roles.json'),
    skills: await json('skills.json'),
    manifest: (await json(manifestFile)) as EscoManifest,
    crosswalk: existsSync(crosswalkPath) ? await readCrosswalk(crosswalkPath) : null,
  };
}

/** ESCO as a Source node: a classification located by concept URI, with the licence and attribution it asks for. */
export function escoSource(manifest: EscoManifest): SourceEntity {
  return {
    slug: escoSourceSlug,
    title: 'ESCO: European Skills, Competences, Qualifications and Occupations (ICT occupations and skills)',
    publisher: 'CLASSIFICATION',
    document: null,
    description:
      `The European Commission's classification, ICT subset, as packaged by ${manifest.package.name} ` +
      `${manifest.package.version}: occupations, skills and knowledge with their labels, alternative labels ` +
      'and occupation-skill links, each located by its concept URI.',
    licence: manifest.esco.licence,
    attribution: manifest.esco.attribution,
    url: 'https://esco.ec.europa.eu/',
  };
}

type Entries<S extends z.ZodType> = z.output<S>;

/**
 * The guide graph with the ESCO layer added: ESCO occupations as roles, ESCO skills and knowledge as
 * skills, occupations' requirements as REQUIRES links (all sourced to ESCO by concept URI), and the
 * crosswalk's mappings as the guide nodes' externalIds. Checks what the files' schemas cannot: every
 * ESCO fact cites ESCO by URI, no ESCO node carries a description, slugs do not collide with the guide
 * layer's, every requirement names a known skill once, and the crosswalk is sound against both layers.
 * ESCO names are not held to the guide layer's one-name-one-node rule: ESCO itself gives some labels to
 * two concepts, and a guide node and its ESCO counterpart share names by design.
 */
export function withEscoLayer(
  guide: SeedGraph,
  files: EscoLayerFiles,
): { graph: SeedGraph; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const report = (
    file: string,
    index: number | null,
    slug: string | null,
    keys: readonly (string | number)[],
    reason: string,
  ) =>
    problems.push({
      file,
      line: null,
      entry: index === null ? null : `#${index + 1}${slug === null ? '' : ` (${slug})`}`,
      path: formatPath(keys),
      reason,
    });

  const parse = <S extends typeof roleFile | typeof skillFile>(
    file: string,
    schema: S,
    value: unknown,
  ): Entries<S> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as Entries<S>;
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const [index, ...rest] = issue.path as (string | number)[];
      report(file, typeof index === 'number' ? index : null, null, rest, issue.message);
    }
    return [] as unknown as Entries<S>;
  };
  const roleEntries = parse('esco/roles.json', roleFile, files.roles);
  const skillEntries = parse('esco/skills.json', skillFile, files.skills);

  const citesEsco = (
    file: string,
    index: number,
    slug: string,
    keys: (string | number)[],
    evidence: readonly { source: string; uri: string | null }[],
  ) => {
    evidence.forEach((item, position) => {
      if (item.source !== escoSourceSlug || item.uri === null)
        report(
          file,
          index,
          slug,
          [...keys, 'evidence', position],
          `an ESCO fact cites ESCO by concept uri, not "${item.source}"`,
        );
    });
    return sourcesOf(evidence as SkillEntity['evidence']);
  };

  /** A slug of its own (not a guide's, not another ESCO entry's) and no description: ESCO's sentences are not copied. */
  const checkEscoNode = (
    file: string,
    index: number,
    entry: { readonly slug: string; readonly description: string | null },
    kind: 'skill' | 'role',
    taken: ReadonlySet<string>,
    seen: Set<string>,
  ) => {
    if (taken.has(entry.slug) || seen.has(entry.slug))
      report(file, index, entry.slug, ['slug'], `duplicate ${kind} slug "${entry.slug}"`);
    seen.add(entry.slug);
    if (entry.description !== null)
      report(
        file,
        index,
        entry.slug,
        ['description'],
        "an ESCO node carries no description: ESCO's sentences are not copied",
      );
  };

  const guideRoles = new Set(guide.roles.map((role) => role.slug));
  const guideSkills = new Set(guide.skills.map((skill) => skill.slug));
  const escoSkillSlugs = new Set<string>();
  const skills: SkillEntity[] = skillEntries.map((entry, index) => {
    const file = 'esco/skills.json';
    checkEscoNode(file, index, entry, 'skill', guideSkills, escoSkillSlugs);
    if (entry.prerequisites.length + entry.related.length + entry.technologies.length > 0)
      report(
        file,
        index,
        entry.slug,
        [],
        'an ESCO skill states no links of its own: occupations state requirements',
      );
    entry.aliases.forEach((alias, position) =>
      citesEsco(file, index, entry.slug, ['aliases', position], alias.evidence),
    );
    const { prerequisites: _p, related: _r, technologies: _t, aliases, ...rest } = entry;
    return {
      ...rest,
      aliases: aliases.map((alias) => alias.name),
      aliasEvidence: aliases,
      sources: citesEsco(file, index, entry.slug, [], entry.evidence),
    };
  });

  const requirements: GradedLink[] = [];
  const escoRoleSlugs = new Set<string>();
  const roles: RoleEntity[] = roleEntries.map((entry, index) => {
    const file = 'esco/roles.json';
    checkEscoNode(file, index, entry, 'role', guideRoles, escoRoleSlugs);
    if (
      entry.occupation !== null ||
      entry.technologies.length +
        entry.qualifications.length +
        entry.workSettings.length +
        entry.comparisons.length >
        0
    )
      report(
        file,
        index,
        entry.slug,
        [],
        'an ESCO occupation states only its names, identifiers and required skills',
      );
    const required = new Set<string>();
    entry.skills.forEach((link, position) => {
      const keys = ['skills', position];
      if (!escoSkillSlugs.has(link.skill))
        report(file, index, entry.slug, [...keys, 'skill'], `unknown ESCO skill "${link.skill}"`);
      if (required.has(link.skill))
        report(file, index, entry.slug, keys, `skill "${link.skill}" is stated twice`);
      required.add(link.skill);
      const sources = citesEsco(file, index, entry.slug, keys, link.evidence);
      requirements.push({
        role: entry.slug,
        target: link.skill,
        importance: link.importance,
        evidence: link.evidence,
        sources,
        inheritedFrom: null,
      });
    });
    entry.aliases.forEach((alias, position) =>
      citesEsco(file, index, entry.slug, ['aliases', position], alias.evidence),
    );
    const {
      skills: _s,
      technologies: _t,
      qualifications: _q,
      workSettings: _w,
      comparisons: _c,
      aliases,
      ...rest
    } = entry;
    return {
      ...rest,
      qualifications: [],
      workSettings: [],
      comparisons: [],
      aliases: aliases.map((alias) => alias.name),
      aliasEvidence: aliases,
      sources: citesEsco(file, index, entry.slug, [], entry.evidence),
    };
  });

  const crosswalked = files.crosswalk === null ? null : crosswalkIds(files.crosswalk);
  if (files.crosswalk !== null) {
    const byUri = (entities: readonly (RoleEntity | SkillEntity)[]) =>
      new Map(entities.flatMap((entity) => entity.externalIds.map((id) => [id.uri, entity.name] as const)));
    const context = {
      occupations: byUri(roles),
      skills: byUri(skills),
      guide: {
        roles: guideRoles,
        skills: guideSkills,
        technologies: new Set(guide.technologies.map((technology) => technology.slug)),
      },
    };
    for (const problem of checkCrosswalk(files.crosswalk, context))
      problems.push({ file: 'crosswalk.yaml', line: null, entry: null, path: '', reason: problem });
  }
  const withIds = <T extends RoleEntity | SkillEntity | TechnologyEntity>(kind: OurKind, entity: T): T => {
    const ids = crosswalked?.[kind].get(entity.slug);
    return ids === undefined ? entity : { ...entity, externalIds: [...entity.externalIds, ...ids] };
  };

  return {
    graph: {
      ...guide,
      sources: [...guide.sources, escoSource(files.manifest)],
      roles: [...guide.roles.map((role) => withIds('roles', role)), ...roles],
      skills: [...guide.skills.map((skill) => withIds('skills', skill)), ...skills],
      technologies: guide.technologies.map((technology) => withIds('technologies', technology)),
      requirements: [...guide.requirements, ...requirements],
    },
    problems,
  };
}

/** The crosswalk's mappings as externalIds, per kind and slug, in the file's order. */
function crosswalkIds(crosswalk: Crosswalk): Record<OurKind, Map<string, ExternalId[]>> {
  const idsOf = (kind: OurKind) => {
    const ids = new Map<string, ExternalId[]>();
    for (const entry of crosswalk[kind]) {
      const id: ExternalId = { scheme: 'ESCO', uri: entry.uri, match: entry.match };
      const list = ids.get(entry.slug);
      if (list) list.push(id);
      else ids.set(entry.slug, [id]);
    }
    return ids;
  };
  return { roles: idsOf('roles'), skills: idsOf('skills'), technologies: idsOf('technologies') };
}
