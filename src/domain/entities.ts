import type {
  DataModel,
  Importance,
  PublisherKind,
  RoleFamily,
  SalaryPeriod,
  Seniority,
  SkillCategory,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
} from './enums';

/** Slugs of the Source nodes whose documents state a fact. Never empty. */
export type Sources = readonly string[];

export interface SourceEntity {
  readonly slug: string;
  readonly title: string;
  readonly publisher: PublisherKind;
  /** File name of the seed document the facts were read from. */
  readonly document: string;
  readonly description: string | null;
}

export interface YearsRange {
  readonly min: number;
  /** null when open-ended ("5+ years"). */
  readonly max: number | null;
}

export interface RoleEntity {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly family: RoleFamily;
  readonly seniority: Seniority;
  readonly track: Track | null;
  readonly experience: YearsRange | null;
  readonly sources: Sources;
}

export interface SkillEntity {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly category: SkillCategory;
  readonly description: string | null;
  readonly sources: Sources;
}

export interface TechnologyEntity {
  readonly slug: string;
  readonly name: string;
  readonly kind: TechnologyKind;
  readonly aliases: readonly string[];
  readonly description: string | null;
  /** Databases only. */
  readonly dataModel: DataModel | null;
  /** Tools only. */
  readonly toolCategory: ToolCategory | null;
  readonly sources: Sources;
}

export interface IndustryEntity {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string | null;
  readonly sources: Sources;
}

/** A role's requirement of a skill (REQUIRES), with both ends. */
export interface RoleSkillLink {
  readonly role: RoleEntity;
  readonly skill: SkillEntity;
  readonly importance: Importance;
  readonly sources: Sources;
}

/** A career move between two roles (TRANSITIONS_TO). */
export interface TransitionEntity {
  readonly from: string;
  readonly to: string;
  readonly kind: TransitionKind;
  /** Years typically spent in `from` before the move; null when no document says. */
  readonly typicalYears: number | null;
  readonly sources: Sources;
}

/** One salary figure for a role, as one source states it (PAYS). */
export interface SalaryEntity {
  readonly role: string;
  readonly region: string;
  readonly currency: string;
  readonly min: number;
  readonly max: number;
  readonly period: SalaryPeriod;
  readonly source: string;
}

/** An industry that hires a role (HIRES), with both ends. */
export interface HiringLink {
  readonly industry: IndustryEntity;
  readonly role: RoleEntity;
  readonly emphasis: string | null;
  readonly sources: Sources;
}

/** An industry that hires a role (HIRES), by slugs. */
export interface HireLink {
  readonly industry: string;
  readonly role: string;
  readonly emphasis: string | null;
  readonly sources: Sources;
}

/** A sourced link between two nodes: USES, APPLIES, WRITTEN_IN, PREREQUISITE_OF, RELATED_TO. */
export interface Link {
  readonly from: string;
  readonly to: string;
  readonly sources: Sources;
}
