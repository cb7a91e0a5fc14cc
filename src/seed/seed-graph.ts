import type {
  Evidenced,
  HireLink,
  IndustryEntity,
  Link,
  RoleEntity,
  SalaryEntity,
  SkillEntity,
  SourceEntity,
  TechnologyEntity,
  TransitionEntity,
} from '../domain/entities';
import type { Importance } from '../domain/enums';

/** A role's requirement of a skill (REQUIRES) or use of a technology (USES), by slugs. */
export interface GradedLink extends Evidenced {
  readonly role: string;
  /** The skill (REQUIRES) or technology (USES). */
  readonly target: string;
  readonly importance: Importance;
  /** The occupation the link is inherited from; null when the role states it itself. */
  readonly inheritedFrom: string | null;
}

/**
 * The whole knowledge graph as validated plain data: nodes, then relationships. Every reference in it
 * resolves, and what levels inherit from their occupation is already worked out (domain/inheritance.ts),
 * so every store loads the same effective lists. This is what a store is loaded from.
 */
/** The release a seed is, as its dataset.yaml states it. */
export interface DatasetRelease {
  readonly version: string;
  /** The day the release was made, ISO 8601 (YYYY-MM-DD). */
  readonly released: string;
  /** The content hash recorded with the release; the facts' own hash is computed from them. */
  readonly recordedHash: string;
  readonly description: string | null;
}

export interface SeedGraph {
  readonly release: DatasetRelease;
  readonly sources: readonly SourceEntity[];
  readonly roles: readonly RoleEntity[];
  readonly skills: readonly SkillEntity[];
  readonly technologies: readonly TechnologyEntity[];
  readonly industries: readonly IndustryEntity[];
  /** REQUIRES: role -> skill, own and inherited. */
  readonly requirements: readonly GradedLink[];
  /** USES: role -> technology, own and inherited. */
  readonly roleTechnologies: readonly GradedLink[];
  /** TRANSITIONS_TO: role -> role, own and inherited. */
  readonly transitions: readonly TransitionEntity[];
  /** PREREQUISITE_OF: the skill to learn first -> the skill that builds on it. */
  readonly prerequisites: readonly Link[];
  /** RELATED_TO: skill -> skill, stated once per pair. */
  readonly relatedSkills: readonly Link[];
  /** APPLIES: skill -> technology. */
  readonly skillTechnologies: readonly Link[];
  /** WRITTEN_IN: framework -> language. */
  readonly frameworkLanguages: readonly Link[];
  /** HIRES: industry -> role. */
  readonly hires: readonly HireLink[];
  /** PAYS: role -> salary range. */
  readonly salaries: readonly SalaryEntity[];
}
