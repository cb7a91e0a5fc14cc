import type { TechnologyKind } from './enums';

/**
 * The type name of each technology kind: the GraphQL object type (Language, Framework, ...) and the
 * extra label a technology carries in the CSV export, so both say the same.
 */
export const technologyTypeNames: Readonly<Record<TechnologyKind, string>> = {
  LANGUAGE: 'Language',
  FRAMEWORK: 'Framework',
  DATABASE: 'Database',
  TOOL: 'Tool',
  PLATFORM: 'Platform',
  RUNTIME: 'Runtime',
  LIBRARY: 'Library',
  PROTOCOL: 'Protocol',
};
