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
);
export type SkillCategory = keyof typeof SkillCategory;

export const TechnologyKind = vocabulary('LANGUAGE', 'FRAMEWORK', 'DATABASE', 'TOOL', 'PLATFORM');
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
);
export type ToolCategory = keyof typeof ToolCategory;

export const Importance = vocabulary('CORE', 'PREFERRED');
export type Importance = keyof typeof Importance;

export const TransitionKind = vocabulary('PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT');
export type TransitionKind = keyof typeof TransitionKind;

export const SalaryPeriod = vocabulary('YEAR', 'MONTH', 'HOUR');
export type SalaryPeriod = keyof typeof SalaryPeriod;

export const PublisherKind = vocabulary('CAREER_GUIDE', 'JOB_DESCRIPTION', 'ARTICLE', 'GLOSSARY');
export type PublisherKind = keyof typeof PublisherKind;

export const EntityKind = vocabulary('ROLE', 'SKILL', 'TECHNOLOGY', 'INDUSTRY');
export type EntityKind = keyof typeof EntityKind;

export const PathRanking = vocabulary('FEWEST_STEPS', 'FASTEST');
export type PathRanking = keyof typeof PathRanking;

/** The values of a vocabulary, as the non-empty tuple zod's `z.enum` wants. */
export function valuesOf<T extends string>(vocab: { readonly [K in T]: K }): [T, ...T[]] {
  return Object.values(vocab) as [T, ...T[]];
}
