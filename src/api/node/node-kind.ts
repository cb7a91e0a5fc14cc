import type { TechnologyKind } from '../../domain/enums';
import { technologyTypeNames } from '../../domain/technology-types';
import type { NodeKind } from '../../store/graph-store';

/**
 * The kind of a node the store returned. Stores hand out plain entities, so the kind is read from
 * the fields only that kind has (entities.ts): a Source has a publisher, a Role a seniority, a
 * Technology a kind, a Skill a category; an Industry has none of these.
 */
export function nodeKindOf(value: object): NodeKind {
  if ('publisher' in value) return 'Source';
  if ('seniority' in value) return 'Role';
  if ('kind' in value && 'toolCategory' in value) return 'Technology';
  if ('category' in value) return 'Skill';
  return 'Industry';
}

/** The GraphQL object type of a node: a technology is one of Language, Framework, Database, Tool, Platform. */
export function graphqlTypeOf(value: object): string {
  const kind = nodeKindOf(value);
  return kind === 'Technology' ? technologyTypeNames[(value as { kind: TechnologyKind }).kind] : kind;
}
