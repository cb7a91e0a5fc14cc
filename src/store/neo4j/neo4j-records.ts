import type {
  IndustryEntity,
  RoleEntity,
  SkillEntity,
  SourceEntity,
  TechnologyEntity,
} from '../../domain/entities';
import type { NodeKind, NodeKinds } from '../graph-store';

/** Node properties as Neo4j returns them: absent properties come back as null. */
type Properties = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The same entity objects the memory store hands out, field for field (entities.ts). */
export const toEntity: { [K in NodeKind]: (properties: Properties) => NodeKinds[K] } = {
  Role: (p): RoleEntity => ({
    slug: p.slug as string,
    name: p.name as string,
    aliases: list(p.aliases),
    description: text(p.description),
    family: p.family as RoleEntity['family'],
    seniority: p.seniority as RoleEntity['seniority'],
    track: (p.track ?? null) as RoleEntity['track'],
    experience:
      typeof p.experienceMin === 'number'
        ? { min: p.experienceMin, max: typeof p.experienceMax === 'number' ? p.experienceMax : null }
        : null,
    sources: list(p.sources),
  }),
  Skill: (p): SkillEntity => ({
    slug: p.slug as string,
    name: p.name as string,
    aliases: list(p.aliases),
    category: p.category as SkillEntity['category'],
    description: text(p.description),
    sources: list(p.sources),
  }),
  Technology: (p): TechnologyEntity => ({
    slug: p.slug as string,
    name: p.name as string,
    kind: p.kind as TechnologyEntity['kind'],
    aliases: list(p.aliases),
    description: text(p.description),
    dataModel: (p.dataModel ?? null) as TechnologyEntity['dataModel'],
    toolCategory: (p.toolCategory ?? null) as TechnologyEntity['toolCategory'],
    sources: list(p.sources),
  }),
  Industry: (p): IndustryEntity => ({
    slug: p.slug as string,
    name: p.name as string,
    aliases: list(p.aliases),
    description: text(p.description),
    sources: list(p.sources),
  }),
  Source: (p): SourceEntity => ({
    slug: p.slug as string,
    title: p.title as string,
    publisher: p.publisher as SourceEntity['publisher'],
    document: p.document as string,
    description: text(p.description),
  }),
};
