import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type {
  Evidence,
  ExternalId,
  RoleEntity,
  RoleSkillLink,
  SkillEntity,
  TechnologyEntity,
} from '../../src/domain/entities';
import type { TextAnalysisData } from '../../src/domain/text-analysis/text-analyzer';

/**
 * `npm run eval:text -- --with-esco=<seed folder>`: the evaluation as it will be once the ESCO layer
 * (issue 13) is in the graph, before it is: the ESCO skills and occupations of `<folder>/esco/` and the
 * crosswalk of `<folder>/crosswalk.yaml` (the shapes branch `esco` writes) added to the data read from
 * the store, as the loader will add them. A preview for tuning the dictionary against a large, noisy
 * vocabulary; once the layer lands, the plain evaluation measures the same thing.
 */

interface EscoAlias {
  readonly name: string;
}
interface EscoSkill {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly EscoAlias[];
  readonly skillType?: string | null;
  readonly externalIds?: readonly ExternalId[];
}
interface EscoRole {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly EscoAlias[];
  readonly externalIds?: readonly ExternalId[];
  readonly skills: readonly { readonly skill: string }[];
}
interface CrosswalkEntry {
  readonly slug: string;
  readonly uri: string;
  readonly match: ExternalId['match'];
}

const escoEvidence: Evidence[] = [
  { source: 'esco', lines: null, uri: null, basis: 'STATED', note: null, about: null },
];

function escoSkill(skill: EscoSkill): SkillEntity {
  return {
    slug: skill.slug,
    name: skill.name,
    aliases: skill.aliases.map((alias) => alias.name),
    aliasEvidence: skill.aliases.map((alias) => ({ name: alias.name, evidence: escoEvidence })),
    category: 'UNSPECIFIED',
    description: null,
    skillType: skill.skillType ?? null,
    externalIds: skill.externalIds ?? [],
    sources: ['esco'],
    evidence: escoEvidence,
  };
}

function escoRole(role: EscoRole): RoleEntity {
  return {
    slug: role.slug,
    name: role.name,
    aliases: role.aliases.map((alias) => alias.name),
    aliasEvidence: role.aliases.map((alias) => ({ name: alias.name, evidence: escoEvidence })),
    description: null,
    family: 'UNSPECIFIED',
    seniority: 'UNSPECIFIED',
    track: null,
    experience: null,
    occupation: null,
    externalIds: role.externalIds ?? [],
    qualifications: [],
    workSettings: [],
    comparisons: [],
    sources: ['esco'],
    evidence: escoEvidence,
  };
}

export async function withEscoPreview(data: TextAnalysisData, seedFolder: string): Promise<TextAnalysisData> {
  const read = async (file: string) => readFile(path.join(seedFolder, file), 'utf8');
  const skills = (JSON.parse(await read('esco/skills.json')) as EscoSkill[]).map(escoSkill);
  const roles = JSON.parse(await read('esco/roles.json')) as EscoRole[];
  const crosswalk = parse(await read('crosswalk.yaml')) as {
    skills?: CrosswalkEntry[];
    technologies?: CrosswalkEntry[];
  };
  const idsOf = (entries: readonly CrosswalkEntry[] = []) => {
    const ids = new Map<string, ExternalId[]>();
    for (const entry of entries)
      ids.set(entry.slug, [
        ...(ids.get(entry.slug) ?? []),
        { scheme: 'ESCO', uri: entry.uri, match: entry.match },
      ]);
    return ids;
  };
  const skillIds = idsOf(crosswalk.skills);
  const technologyIds = idsOf(crosswalk.technologies);
  const bySlug = new Map(skills.map((skill) => [skill.slug, skill]));
  const requirements = roles.map((role) => {
    const entity = escoRole(role);
    const links: RoleSkillLink[] = role.skills.flatMap(({ skill }) => {
      const target = bySlug.get(skill);
      return target
        ? [
            {
              role: entity,
              skill: target,
              importance: 'CORE',
              inheritedFrom: null,
              sources: ['esco'],
              evidence: escoEvidence,
            },
          ]
        : [];
    });
    return { role: entity, skills: links, technologies: [] };
  });
  const withIds = <T extends SkillEntity | TechnologyEntity>(
    entity: T,
    ids: Map<string, ExternalId[]>,
  ): T => ({
    ...entity,
    externalIds: [...entity.externalIds, ...(ids.get(entity.slug) ?? [])],
  });
  return {
    skills: [...data.skills.map((skill) => withIds(skill, skillIds)), ...skills],
    technologies: data.technologies.map((technology) => withIds(technology, technologyIds)),
    roles: [...data.roles, ...requirements],
    applies: data.applies,
    classificationSources: new Set([...data.classificationSources, 'esco']),
  };
}
