import { Field, ObjectType } from 'type-graphql';
import { listOf } from '../common/complexity';
import { Role } from '../role/role.type';
import { RoleSkill } from '../role/role-skill.type';
import { Skill } from '../skill/skill.type';

@ObjectType({ description: 'What someone in one role must learn for another, and in which order.' })
export class SkillGap {
  @Field(() => Role, { description: 'The starting role.' })
  from!: Role;

  @Field(() => Role, { description: 'The target role.' })
  to!: Role;

  @Field(() => [RoleSkill], {
    complexity: listOf(40),
    description:
      'Skills the target requires that the starting role does not (both as Role.skills counts them: own and inherited), strongest grade first, then by name.',
  })
  missing!: RoleSkill[];

  @Field(() => [Skill], {
    complexity: listOf(40),
    description: 'Skills both roles require, by name.',
  })
  shared!: Skill[];

  @Field(() => [Skill], {
    complexity: listOf(40),
    description:
      'The missing skills in an order to learn them: never a skill before its prerequisites; where the order is free, the stronger grade first, then by name.',
  })
  learningOrder!: Skill[];
}
