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
  const check = new EscoLayerCheck();
  const guideSlugs = {
    roles: new Set(guide.roles.map((role) => role.slug)),
    skills: new Set(guide.skills.map((skill) => skill.slug)),
    technologies: new Set(guide.technologies.map((technology) => technology.slug)),
  };
  const skills = escoSkills(
    check,
    check.parse('esco/skills.json', skillFile, files.skills),
    guideSlugs.skills,
  );
  const escoSkillSlugs = new Set(skills.map((skill) => skill.slug));
  const { roles, requirements } = escoRoles(
    check,
    check.parse('esco/roles.json', roleFile, files.roles),
    guideSlugs.roles,
    escoSkillSlugs,
  );
  const crosswalked = files.crosswalk === null ? null : crosswalkIds(files.crosswalk);
  if (files.crosswalk !== null) {
    const byUri = (entities: readonly (RoleEntity | SkillEntity)[]) =>
      new Map(entities.flatMap((entity) => entity.externalIds.map((id) => [id.uri, entity.name] as const)));
    const context = { occupations: byUri(roles), skills: byUri(skills), guide: guideSlugs };
    for (const problem of checkCrosswalk(files.crosswalk, context))
      check.problems.push({ file: 'crosswalk.yaml', line: null, entry: null, path: '', reason: problem });
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
    problems: check.problems,
  };
}

/** The problems found in the ESCO layer, and the checks every ESCO entry shares. */
class EscoLayerCheck {
  readonly problems: SeedProblem[] = [];

  report(
    file: string,
    index: number | null,
    slug: string | null,
    keys: readonly (string | number)[],
    reason: string,
  ): void {
    this.problems.push({
      file,
      line: null,
      entry: index === null ? null : `#${index + 1}${slug === null ? '' : ` (${slug})`}`,
      path: formatPath(keys),
      reason,
    });
  }

  /** A file's entries when its shape is right; otherwise none, with the first 20 shape problems reported. */
  parse<S extends typeof roleFile | typeof skillFile>(file: string, schema: S, value: unknown): Entries<S> {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as Entries<S>;
    for (const issue of parsed.error.issues.slice(0, 20)) {
      const [index, ...rest] = issue.path as (string | number)[];
      this.report(file, typeof index === 'number' ? index : null, null, rest, issue.message);
    }
    return [] as unknown as Entries<S>;
  }

  /** Every evidence item cites ESCO by concept URI; answers the fact's sources. */
  citesEsco(
    file: string,
    index: number,
    slug: string,
    keys: (string | number)[],
    evidence: readonly { source: string; uri: string | null }[],
  ): readonly string[] {
    evidence.forEach((item, position) => {
      if (item.source !== escoSourceSlug || item.uri === null)
        this.report(
          file,
          index,
          slug,
          [...keys, 'evidence', position],
          `an ESCO fact cites ESCO by concept uri, not "${item.source}"`,
        );
    });
    return sourcesOf(evidence as SkillEntity['evidence']);
  }

  /** A slug of its own (not a guide's, not another ESCO entry's) and no description: ESCO's sentences are not copied. */
  escoNode(
    file: string,
    index: number,
    entry: { readonly slug: string; readonly description: string | null },
    kind: 'skill' | 'role',
    taken: ReadonlySet<string>,
    seen: Set<string>,
  ): void {
    if (taken.has(entry.slug) || seen.has(entry.slug))
      this.report(file, index, entry.slug, ['slug'], `duplicate ${kind} slug "${entry.slug}"`);
    seen.add(entry.slug);
    if (entry.description !== null)
      this.report(
        file,
        index,
        entry.slug,
        ['description'],
        "an ESCO node carries no description: ESCO's sentences are not copied",
      );
  }

  /** Alias names, with every alias citing ESCO. */
  aliases(file: string, index: number, slug: string, aliases: readonly AliasEntry[]) {
    aliases.forEach((alias, position) =>
      this.citesEsco(file, index, slug, ['aliases', position], alias.evidence),
    );
    return { aliases: aliases.map((alias) => alias.name), aliasEvidence: aliases };
  }
}

type AliasEntry = Entries<typeof skillFile>[number]['aliases'][number];

/** ESCO's skills and knowledge as skills: names and identifiers only, no links of their own. */
function escoSkills(
  check: EscoLayerCheck,
  entries: Entries<typeof skillFile>,
  guideSkills: ReadonlySet<string>,
): SkillEntity[] {
  const file = 'esco/skills.json';
  const seen = new Set<string>();
  return entries.map((entry, index) => {
    check.escoNode(file, index, entry, 'skill', guideSkills, seen);
    if (entry.prerequisites.length + entry.related.length + entry.technologies.length > 0)
      check.report(
        file,
        index,
        entry.slug,
        [],
        'an ESCO skill states no links of its own: occupations state requirements',
      );
    const { prerequisites: _p, related: _r, technologies: _t, aliases, ...rest } = entry;
    return {
      ...rest,
      ...check.aliases(file, index, entry.slug, aliases),
      sources: check.citesEsco(file, index, entry.slug, [], entry.evidence),
    };
  });
}

/** ESCO's occupations as roles, and their required skills as REQUIRES links to known ESCO skills. */
function escoRoles(
  check: EscoLayerCheck,
  entries: Entries<typeof roleFile>,
  guideRoles: ReadonlySet<string>,
  escoSkillSlugs: ReadonlySet<string>,
): { roles: RoleEntity[]; requirements: GradedLink[] } {
  const file = 'esco/roles.json';
  const requirements: GradedLink[] = [];
  const seen = new Set<string>();
  const roles = entries.map((entry, index): RoleEntity => {
    check.escoNode(file, index, entry, 'role', guideRoles, seen);
    if (
      entry.occupation !== null ||
      entry.technologies.length +
        entry.qualifications.length +
        entry.workSettings.length +
        entry.comparisons.length >
        0
    )
      check.report(
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
        check.report(file, index, entry.slug, [...keys, 'skill'], `unknown ESCO skill "${link.skill}"`);
      if (required.has(link.skill))
        check.report(file, index, entry.slug, keys, `skill "${link.skill}" is stated twice`);
      required.add(link.skill);
      requirements.push({
        role: entry.slug,
        target: link.skill,
        importance: link.importance,
        evidence: link.evidence,
        sources: check.citesEsco(file, index, entry.slug, keys, link.evidence),
        inheritedFrom: null,
      });
    });
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
      ...check.aliases(file, index, entry.slug, aliases),
      sources: check.citesEsco(file, index, entry.slug, [], entry.evidence),
    };
  });
  return { roles, requirements };
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
