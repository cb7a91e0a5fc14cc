import { Field, ObjectType } from 'type-graphql';
import { listOf } from '../common/complexity';
import { Role } from '../role/role.type';
import { RoleSkill } from '../role/role-skill.type';
import { Skill } from '../skill/skill.type';

@ObjectType({
  description: 'What a learner who lists their own skills must still learn for a role, and in which order.',
})
export class LearnerSkillGap {
  @Field(() => Role, { description: 'The target role.' })
  to!: Role;

  @Field(() => [Skill], {
    complexity: listOf(40),
    description: 'The skills the learner said they have, by name.',
  })
  have!: Skill[];

  @Field(() => [RoleSkill], {
    complexity: listOf(40),
    description: 'Skills the target requires that the learner lacks: core first, then by name.',
  })
  missing!: RoleSkill[];

  @Field(() => [Skill], {
    complexity: listOf(40),
    description: 'Skills the target requires that the learner has, by name.',
  })
  shared!: Skill[];

  @Field(() => [Skill], {
    complexity: listOf(40),
    description: 'The missing skills in an order to learn them: never a skill before its prerequisites.',
  })
  learningOrder!: Skill[];
}
