import { Field, ObjectType } from 'type-graphql';
import { Importance } from '../../domain/enums';
import { Sourced } from '../common/sourced.type';
import { Skill } from '../skill/skill.type';
import { Technology } from '../technology/technology.type';
import { Role } from './role.type';

@ObjectType({
  implements: Sourced,
  description: 'A skill a role requires, with how much it matters there and where that is stated.',
})
export class RoleSkill extends Sourced {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => Role, { description: 'The role that requires it.' })
  role!: Role;

  @Field(() => Importance, { description: 'How much the role needs it, as the sources grade it.' })
  importance!: Importance;
}

@ObjectType({
  implements: Sourced,
  description: 'A technology a role works with, with how much it matters there.',
})
export class RoleTechnology extends Sourced {
  @Field(() => Technology, { description: 'The technology.' })
  technology!: Technology;

  @Field(() => Role, { description: 'The role that uses it.' })
  role!: Role;

  @Field(() => Importance, { description: 'How much the role needs it, as the sources grade it.' })
  importance!: Importance;
}
