import type { GraphQLResolveInfo } from 'graphql';
import type { RelationOf } from '../../store/graph-store';
import { selectedFields } from '../common/look-ahead';

/** The Role fields that read a relation, and which one (industries and hiredBy share theirs). */
const relationOfField: Readonly<Record<string, RelationOf<'Role'>>> = {
  skills: 'Role.skills',
  technologies: 'Role.technologies',
  technologyLinks: 'Role.technologies',
  levels: 'Role.levels',
  nextRoles: 'Role.nextRoles',
  previousRoles: 'Role.previousRoles',
  salaries: 'Role.salaries',
  industries: 'Role.industries',
  hiredBy: 'Role.industries',
};

/**
 * The relations a query reads from the roles a root field returns (at `paths` under it), sorted so
 * that the same selection always makes the same statement.
 */
export function roleRelationsAhead(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[] = [[]],
): RelationOf<'Role'>[] {
  const relations = new Set<RelationOf<'Role'>>();
  for (const path of paths) {
    for (const field of selectedFields(info, 'Role', path)) {
      const relation = relationOfField[field];
      if (relation) relations.add(relation);
    }
  }
  return [...relations].sort();
}
