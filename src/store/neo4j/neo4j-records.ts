import type {
  AliasFact,
  Evidence,
  ExternalId,
  IndustryEntity,
  Qualification,
  RoleComparison,
  RoleEntity,
  SkillEntity,
  SourceEntity,
  TechnologyEntity,
  TransitionEntity,
  WorkSetting,
  YearsRange,
} from '../../domain/entities';
import type { TransitionKind } from '../../domain/enums';
import type { NodeKind, NodeKinds } from '../graph-store';

/** Node properties as Neo4j returns them: absent properties come back as null. */
type Properties = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** A list of text; empty when absent (a property left out of the projection, or never written). */
export const textList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const list = textList;

/**
 * Neo4j properties hold no maps, so nested facts (evidence, alias evidence, external ids, qualifications,
 * ...) are stored as JSON text, written by neo4j-seeder.ts and read back here.
 */
export function fromJson<T>(value: unknown, fallback: T): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : fallback;
}

/** The JSON text a nested fact is stored as; the seeder's half of fromJson. */
export const toJson = (value: unknown): string => JSON.stringify(value);

export const evidenceOf = (p: Properties): Evidence[] => fromJson<Evidence[]>(p.evidence, []);

const yearsOf = (min: unknown, max: unknown): YearsRange | null =>
  typeof min === 'number' ? { min, max: typeof max === 'number' ? max : null } : null;

/** Name, aliases and their evidence, and the fact's own evidence: what every node kind carries. */
const namedFacts = (p: Properties) => ({
  slug: p.slug as string,
  name: p.name as string,
  aliases: list(p.aliases),
  aliasEvidence: fromJson<AliasFact[]>(p.aliasEvidence, []),
  description: text(p.description),
  sources: list(p.sources),
  evidence: evidenceOf(p),
});

/** The same entity objects the memory store hands out, field for field (entities.ts). */
export const toEntity: { [K in NodeKind]: (properties: Properties) => NodeKinds[K] } = {
  Role: (p): RoleEntity => ({
    ...namedFacts(p),
    family: p.family as RoleEntity['family'],
    seniority: p.seniority as RoleEntity['seniority'],
    track: (p.track ?? null) as RoleEntity['track'],
    experience: yearsOf(p.experienceMin, p.experienceMax),
    occupation: text(p.occupation),
    externalIds: fromJson<ExternalId[]>(p.externalIds, []),
    qualifications: fromJson<Qualification[]>(p.qualifications, []),
    workSettings: fromJson<WorkSetting[]>(p.workSettings, []),
    comparisons: fromJson<RoleComparison[]>(p.comparisons, []),
  }),
  Skill: (p): SkillEntity => ({
    ...namedFacts(p),
    category: p.category as SkillEntity['category'],
    skillType: text(p.skillType) as SkillEntity['skillType'],
    externalIds: fromJson<ExternalId[]>(p.externalIds, []),
  }),
  Technology: (p): TechnologyEntity => ({
    ...namedFacts(p),
    kind: p.kind as TechnologyEntity['kind'],
    dataModel: (p.dataModel ?? null) as TechnologyEntity['dataModel'],
    toolCategory: (p.toolCategory ?? null) as TechnologyEntity['toolCategory'],
    externalIds: fromJson<ExternalId[]>(p.externalIds, []),
  }),
  Industry: (p): IndustryEntity => namedFacts(p),
  Source: (p): SourceEntity => ({
    slug: p.slug as string,
    title: p.title as string,
    publisher: p.publisher as SourceEntity['publisher'],
    document: text(p.document),
    description: text(p.description),
    licence: text(p.licence),
    attribution: text(p.attribution),
    url: text(p.url),
  }),
};

export { yearsOf };

/** A TRANSITIONS_TO relationship as statements return it: `{from, to, kind, typicalYears, inheritedFrom, sources, evidence}`. */
export function toTransition(i: Properties): TransitionEntity {
  return {
    from: i.from as string,
    to: i.to as string,
    kind: i.kind as TransitionKind,
    typicalYears: (i.typicalYears ?? null) as number | null,
    inheritedFrom: (i.inheritedFrom ?? null) as string | null,
    sources: list(i.sources),
    evidence: evidenceOf(i),
  };
}
