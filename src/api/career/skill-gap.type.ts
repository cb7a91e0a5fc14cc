import { Field, ObjectType } from 'type-graphql';
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
    description:
      'Skills the target requires that the starting role does not, counting the core skills of the roles promoted into it: core first, then by name.',
  })
  missing!: RoleSkill[];

  @Field(() => [Skill], {
    description:
      'Skills the target requires that the starting role requires (or, as a core skill, a role promoted into it), by name.',
  })
  shared!: Skill[];

  @Field(() => [Skill], {
    description:
      'The missing skills in an order to learn them: never a skill before its prerequisites; where the order is free, core before preferred.',
  })
  learningOrder!: Skill[];
}
