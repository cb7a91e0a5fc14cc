import type { Evidence, Sources } from '../domain/entities';
import type { Importance, TransitionKind } from '../domain/enums';
import type { SeedGraph } from '../seed/seed-graph';
import type { NodeKind } from './graph-store';

/**
 * The one mapping from a seed graph's links to the relationship types both stores hold, with the node
 * kinds at each end: the embedded store builds its edges from it, and the Neo4j seeder writes (and
 * prunes) its relationships from it.
 */
export const relationshipEnds = {
  REQUIRES: ['Role', 'Skill'],
  USES: ['Role', 'Technology'],
  TRANSITIONS_TO: ['Role', 'Role'],
  LEVEL_OF: ['Role', 'Role'],
  PREREQUISITE_OF: ['Skill', 'Skill'],
  RELATED_TO: ['Skill', 'Skill'],
  APPLIES: ['Skill', 'Technology'],
  WRITTEN_IN: ['Technology', 'Technology'],
  HIRES: ['Industry', 'Role'],
} as const satisfies Record<string, readonly [NodeKind, NodeKind]>;

export type RelationshipType = keyof typeof relationshipEnds;

/** One relationship by the slugs of its ends, with the facts it carries (absent where a type has none). */
export interface SeedRelationship {
  readonly from: string;
  readonly to: string;
  readonly sources: Sources;
  readonly evidence: readonly Evidence[];
  readonly importance?: Importance;
  readonly inheritedFrom?: string | null;
  readonly emphasis?: string | null;
  readonly kind?: TransitionKind;
  readonly typicalYears?: number | null;
}

/** One type's relationships in the seed graph: each built when asked for, so a caller pays only for those it reads. */
export function seedRelationshipsOf(seed: SeedGraph, type: RelationshipType): readonly SeedRelationship[] {
  const graded = (link: SeedGraph['requirements'][number]): SeedRelationship => ({
    from: link.role,
    to: link.target,
    sources: link.sources,
    evidence: link.evidence,
    importance: link.importance,
    inheritedFrom: link.inheritedFrom,
  });
  switch (type) {
    case 'REQUIRES':
      return seed.requirements.map(graded);
    case 'USES':
      return seed.roleTechnologies.map(graded);
    case 'TRANSITIONS_TO':
      return seed.transitions;
    case 'LEVEL_OF':
      return seed.roles.flatMap((role) =>
        role.occupation === null
          ? []
          : [{ from: role.slug, to: role.occupation, sources: role.sources, evidence: role.evidence }],
      );
    case 'PREREQUISITE_OF':
      return seed.prerequisites;
    case 'RELATED_TO':
      return seed.relatedSkills;
    case 'APPLIES':
      return seed.skillTechnologies;
    case 'WRITTEN_IN':
      return seed.frameworkLanguages;
    case 'HIRES':
      return seed.hires.map((hire) => ({
        from: hire.industry,
        to: hire.role,
        sources: hire.sources,
        evidence: hire.evidence,
        emphasis: hire.emphasis,
      }));
  }
}

/** Every relationship of the seed graph, by type. */
export function seedRelationships(seed: SeedGraph): {
  readonly [T in RelationshipType]: readonly SeedRelationship[];
} {
  const all = {} as Record<RelationshipType, readonly SeedRelationship[]>;
  for (const type of Object.keys(relationshipEnds) as RelationshipType[])
    all[type] = seedRelationshipsOf(seed, type);
  return all;
}
