import { Field, ObjectType } from 'type-graphql';
import { Importance } from '../../domain/enums';
import { Sourced } from '../common/sourced.type';
import { Skill } from '../skill/skill.type';
import { Role } from './role.type';

@ObjectType({ implements: Sourced, description: 'A skill a role requires, with how much it matters there.' })
export class RoleSkill extends Sourced {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => Role, { description: 'The role that requires it.' })
  role!: Role;

  @Field(() => Importance, { description: 'CORE when required, PREFERRED when a plus.' })
  importance!: Importance;
}
