import type { GraphQLResolveInfo } from 'graphql';
import type { RelationOf } from '../../store/graph-store';
import { selectedFields } from '../common/look-ahead';

/** The Skill fields that read a relation, and which one (a list and its links share theirs). */
const relationOfField: Readonly<Record<string, RelationOf<'Skill'>>> = {
  roles: 'Skill.roles',
  requiredBy: 'Skill.roles',
  technologies: 'Skill.technologies',
  technologyLinks: 'Skill.technologies',
  prerequisites: 'Skill.prerequisites',
  prerequisiteLinks: 'Skill.prerequisites',
  unlocks: 'Skill.unlocks',
  unlockLinks: 'Skill.unlocks',
  relatedSkills: 'Skill.relatedSkills',
  relatedSkillLinks: 'Skill.relatedSkills',
};

/** The relations a query reads from the skill a root field returns, sorted (the same selection, the same statement). */
export function skillRelationsAhead(info: GraphQLResolveInfo): RelationOf<'Skill'>[] {
  const relations = new Set<RelationOf<'Skill'>>();
  for (const field of selectedFields(info, 'Skill')) {
    const relation = relationOfField[field];
    if (relation) relations.add(relation);
  }
  return [...relations].sort();
}
