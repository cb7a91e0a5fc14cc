import type {
  HireLink,
  IndustryEntity,
  Link,
  RoleEntity,
  SalaryEntity,
  SkillEntity,
  SourceEntity,
  Sources,
  TechnologyEntity,
  TransitionEntity,
} from '../domain/entities';
import type { Importance } from '../domain/enums';

/** A role's requirement of a skill, by slugs, as the seed states it. */
export interface Requirement {
  readonly role: string;
  readonly skill: string;
  readonly importance: Importance;
  readonly sources: Sources;
}

/**
 * The whole knowledge graph as validated plain data: nodes, then relationships.
 * Every reference in it resolves; this is what a store is loaded from.
 */
export interface SeedGraph {
  readonly sources: readonly SourceEntity[];
  readonly roles: readonly RoleEntity[];
  readonly skills: readonly SkillEntity[];
  readonly technologies: readonly TechnologyEntity[];
  readonly industries: readonly IndustryEntity[];
  /** REQUIRES: role -> skill. */
  readonly requirements: readonly Requirement[];
  /** USES: role -> technology. */
  readonly roleTechnologies: readonly Link[];
  /** TRANSITIONS_TO: role -> role. */
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
