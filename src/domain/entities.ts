import type {
  Basis,
  DataModel,
  ExternalScheme,
  MatchRelation,
  EntryDifficulty,
  Expectation,
  Importance,
  PublisherKind,
  QualificationKind,
  RelativeLevel,
  RoleFamily,
  SalaryPeriod,
  Seniority,
  SkillCategory,
  SkillType,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
} from './enums';

/** Slugs of the Source nodes whose documents state a fact, in evidence order. Never empty. */
export type Sources = readonly string[];

/** Lines of a document, 1-based and inclusive. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where one source supports a fact: the lines of its document (a line-numbered document) or the URI of
 * the concept that states it (a classification such as ESCO), and whether the place says the fact
 * (STATED) or the fact is a reading of it (INFERRED, with the reading in `note`).
 */
export interface Evidence {
  readonly source: string;
  readonly lines: LineRange | null;
  readonly uri: string | null;
  readonly basis: Basis;
  readonly note: string | null;
  /** The attribute of the fact this supports (seniority, track, ...); null for the fact as a whole. */
  readonly about: string | null;
}

/** A fact with the places that support it. `sources` is the distinct sources of `evidence`, in order. */
export interface Evidenced {
  readonly sources: Sources;
  readonly evidence: readonly Evidence[];
}

/** Another name of a node, with where the sources use it. */
export interface AliasFact {
  readonly name: string;
  readonly evidence: readonly Evidence[];
}

/** A node's alternative names, and the evidence for each. */
interface Named {
  readonly aliases: readonly string[];
  readonly aliasEvidence: readonly AliasFact[];
}

/** A node's identity in another scheme (ESCO), with how closely the two concepts match (SKOS). */
export interface ExternalId {
  readonly scheme: ExternalScheme;
  readonly uri: string;
  readonly match: MatchRelation;
}

export interface SourceEntity {
  readonly slug: string;
  readonly title: string;
  readonly publisher: PublisherKind;
  /** File name of the seed document the facts were read from; null for a data set located by URI. */
  readonly document: string | null;
  readonly description: string | null;
  /** The licence the source's facts are used under, when the source states one. */
  readonly licence: string | null;
  /** The attribution text the source asks for, when it asks. */
  readonly attribution: string | null;
  /** Where the source is published, when known. */
  readonly url: string | null;
}

export interface YearsRange {
  readonly min: number;
  /** null when open-ended ("5+ years"). */
  readonly max: number | null;
}

/** A degree, certification or kind of practice a source names for a role, and how it treats it. */
export interface Qualification extends Evidenced {
  readonly kind: QualificationKind;
  readonly name: string;
  readonly expectation: Expectation;
}

/** A kind of workplace (startup, large enterprise) and what working there involves, in our words. */
export interface WorkSetting extends Evidenced {
  readonly name: string;
  readonly traits: readonly string[];
}

/** How a role compares with a baseline role, as one source grades it. */
export interface RoleComparison extends Evidenced {
  /** Slug of the role compared with. */
  readonly baseline: string;
  readonly pay: RelativeLevel | null;
  readonly entry: EntryDifficulty | null;
}

export interface RoleEntity extends Named, Evidenced {
  readonly slug: string;
  readonly name: string;
  readonly description: string | null;
  readonly family: RoleFamily;
  readonly seniority: Seniority;
  readonly track: Track | null;
  /** Years of experience the role asks for: a threshold of the role, not a duration of a move. */
  readonly experience: YearsRange | null;
  /** Slug of the level-less occupation this role is a level of; null for every other role. */
  readonly occupation: string | null;
  readonly externalIds: readonly ExternalId[];
  readonly qualifications: readonly Qualification[];
  readonly workSettings: readonly WorkSetting[];
  readonly comparisons: readonly RoleComparison[];
}

export interface SkillEntity extends Named, Evidenced {
  readonly slug: string;
  readonly name: string;
  readonly category: SkillCategory;
  readonly description: string | null;
  /** ESCO's distinction: a skill (an ability) or knowledge; null when the source does not say. */
  readonly skillType: SkillType | null;
  readonly externalIds: readonly ExternalId[];
}

export interface TechnologyEntity extends Named, Evidenced {
  readonly slug: string;
  readonly name: string;
  readonly kind: TechnologyKind;
  readonly description: string | null;
  /** Databases only. */
  readonly dataModel: DataModel | null;
  /** Tools only. */
  readonly toolCategory: ToolCategory | null;
  readonly externalIds: readonly ExternalId[];
}

export interface IndustryEntity extends Named, Evidenced {
  readonly slug: string;
  readonly name: string;
  readonly description: string | null;
}

/** What a link inherited from an occupation says of its origin. */
interface Inheritable {
  /** Slug of the occupation the link is inherited from; null when the role states it itself. */
  readonly inheritedFrom: string | null;
}

/** A role's requirement of a skill (REQUIRES), with both ends. */
export interface RoleSkillLink extends Evidenced, Inheritable {
  readonly role: RoleEntity;
  readonly skill: SkillEntity;
  readonly importance: Importance;
}

/** A role's use of a technology (USES), with both ends. */
export interface RoleTechnologyLink extends Evidenced, Inheritable {
  readonly role: RoleEntity;
  readonly technology: TechnologyEntity;
  readonly importance: Importance;
}

/** A career move between two roles (TRANSITIONS_TO). */
export interface TransitionEntity extends Evidenced, Inheritable {
  readonly from: string;
  readonly to: string;
  readonly kind: TransitionKind;
  /** Years a document states this move takes; null when no document times it. */
  readonly typicalYears: number | null;
}

/** One salary figure for a role, as one source states it (PAYS). */
export interface SalaryEntity extends Evidenced {
  readonly role: string;
  readonly region: string;
  readonly currency: string;
  readonly min: number;
  readonly max: number;
  readonly period: SalaryPeriod;
  /** The one source that states this range. */
  readonly source: string;
  /** The experience the figure is for, when the source says. */
  readonly experience: YearsRange | null;
}

/** An industry that hires a role (HIRES), with both ends. */
export interface HiringLink extends Evidenced {
  readonly industry: IndustryEntity;
  readonly role: RoleEntity;
  readonly emphasis: string | null;
}

/** An industry that hires a role (HIRES), by slugs. */
export interface HireLink extends Evidenced {
  readonly industry: string;
  readonly role: string;
  readonly emphasis: string | null;
}

/** A sourced link between two nodes: PREREQUISITE_OF, RELATED_TO, APPLIES, WRITTEN_IN. */
export interface Link extends Evidenced {
  readonly from: string;
  readonly to: string;
}

/** A node at the other end of a sourced link, with the link's evidence. */
export interface LinkedNode<T> extends Evidenced {
  readonly node: T;
}
