/**
 * Closed vocabularies of the knowledge graph. Each is a plain object so that the
 * seed validator (zod), the stores and the GraphQL layer share one definition.
 */
function vocabulary<const T extends readonly string[]>(...values: T): { readonly [K in T[number]]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as {
    readonly [K in T[number]]: K;
  };
}

export const RoleFamily = vocabulary(
  'BACKEND',
  'FRONTEND',
  'FULL_STACK',
  'DEVOPS',
  'SRE',
  'PLATFORM',
  'CLOUD',
  'DATA',
  'DATABASE',
  'SECURITY',
  'ARCHITECTURE',
  'ENGINEERING',
  'MANAGEMENT',
  // No source places the role in a field (ESCO occupations outside these, say).
  'UNSPECIFIED',
);
export type RoleFamily = keyof typeof RoleFamily;

export const Seniority = vocabulary(
  'ENTRY',
  'JUNIOR',
  'MID',
  'SENIOR',
  'STAFF',
  'PRINCIPAL',
  'DISTINGUISHED',
  'MANAGER',
  'DIRECTOR',
  'EXECUTIVE',
  // No source gives the role a level: a figure no source gives stays unset.
  'UNSPECIFIED',
);
export type Seniority = keyof typeof Seniority;

export const Track = vocabulary('INDIVIDUAL_CONTRIBUTOR', 'MANAGEMENT');
export type Track = keyof typeof Track;

export const SkillCategory = vocabulary(
  'PROGRAMMING',
  'API',
  'DATA',
  'SECURITY',
  'ARCHITECTURE',
  'OPERATIONS',
  'CLOUD',
  'TESTING',
  'PERFORMANCE',
  'LEADERSHIP',
  'SOFT',
  'DESIGN',
  'UNSPECIFIED',
);
export type SkillCategory = keyof typeof SkillCategory;

export const TechnologyKind = vocabulary(
  'LANGUAGE',
  'FRAMEWORK',
  'DATABASE',
  'TOOL',
  'PLATFORM',
  // Node.js runs a language; it is not one.
  'RUNTIME',
  // WebSockets, MQTT: wire protocols, neither tools nor languages.
  'PROTOCOL',
  // SQLAlchemy, Hibernate, JPA: libraries and APIs a program calls, not frameworks it lives in.
  'LIBRARY',
);
export type TechnologyKind = keyof typeof TechnologyKind;

export const DataModel = vocabulary('RELATIONAL', 'DOCUMENT', 'KEY_VALUE', 'WIDE_COLUMN', 'SEARCH', 'GRAPH');
export type DataModel = keyof typeof DataModel;

export const ToolCategory = vocabulary(
  'CONTAINERS',
  'ORCHESTRATION',
  'CI_CD',
  'MONITORING',
  'MESSAGING',
  'VERSION_CONTROL',
  'EDITOR',
  'PACKAGE_MANAGER',
  'API_TOOLING',
  'INFRASTRUCTURE_AS_CODE',
  'TRACING',
  'OPERATING_SYSTEM',
  'TESTING',
  'BUILD_TOOL',
  'COLLABORATION',
  'DESIGN',
  'DEBUGGING',
);
export type ToolCategory = keyof typeof ToolCategory;

/**
 * How much a role needs a skill or technology, as the documents grade it. Strongest first: a link takes
 * the strongest grade any of its evidence states.
 */
export const Importance = vocabulary('CORE', 'PREFERRED', 'COMMON', 'TREND', 'INTERVIEW');
export type Importance = keyof typeof Importance;

export const TransitionKind = vocabulary('PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT');
export type TransitionKind = keyof typeof TransitionKind;

export const SalaryPeriod = vocabulary('YEAR', 'MONTH', 'HOUR');
export type SalaryPeriod = keyof typeof SalaryPeriod;

export const PublisherKind = vocabulary(
  'CAREER_GUIDE',
  'JOB_DESCRIPTION',
  'ARTICLE',
  'GLOSSARY',
  // A published classification such as ESCO: facts located by concept URI, not by line.
  'CLASSIFICATION',
);

/** ESCO's distinction between skills and competences (an ability: SKILL) and KNOWLEDGE. */
export const SkillType = vocabulary('SKILL', 'KNOWLEDGE');
export type SkillType = keyof typeof SkillType;

/** Schemes whose identifiers nodes are crosswalked to. */
export const ExternalScheme = vocabulary('ESCO');
export type ExternalScheme = keyof typeof ExternalScheme;

/** How closely a node matches a concept of another scheme: SKOS's mapping relations. */
export const MatchRelation = vocabulary('EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED');
export type MatchRelation = keyof typeof MatchRelation;

/** Whether the cited lines say a fact (STATED) or it is a reading of them (INFERRED, with a note). */
export const Basis = vocabulary('STATED', 'INFERRED');
export type Basis = keyof typeof Basis;

/** How a role's pay, or its difficulty to enter, compares with another role's, as a source grades it. */
export const RelativeLevel = vocabulary('LOWER', 'SIMILAR', 'SIMILAR_OR_HIGHER', 'HIGHER');
export type RelativeLevel = keyof typeof RelativeLevel;

/** How hard a role is to get into, as a source grades it. */
export const EntryDifficulty = vocabulary('EASY', 'MEDIUM', 'HARD');
export type EntryDifficulty = keyof typeof EntryDifficulty;

/** What kind of qualification: a formal degree, a certification, or evidence of practice. */
export const QualificationKind = vocabulary('DEGREE', 'CERTIFICATION', 'EXPERIENCE');
export type QualificationKind = keyof typeof QualificationKind;

/** How a source treats a qualification for a role. */
export const Expectation = vocabulary('USUALLY_REQUIRED', 'VALUED', 'ACCEPTED_INSTEAD', 'NOT_REQUIRED');
export type Expectation = keyof typeof Expectation;
export type PublisherKind = keyof typeof PublisherKind;

export const EntityKind = vocabulary('ROLE', 'SKILL', 'TECHNOLOGY', 'INDUSTRY');
export type EntityKind = keyof typeof EntityKind;

export const PathRanking = vocabulary('FEWEST_STEPS', 'FASTEST');
export type PathRanking = keyof typeof PathRanking;

/** The values of a vocabulary, as the non-empty tuple zod's `z.enum` wants. */
export function valuesOf<T extends string>(vocab: { readonly [K in T]: K }): [T, ...T[]] {
  return Object.values(vocab) as [T, ...T[]];
}
