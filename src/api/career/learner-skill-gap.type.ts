import { Field, ObjectType } from 'type-graphql';
import { listOf } from '../common/complexity';
import { Role } from '../role/role.type';
import { RoleSkill, RoleTechnology } from '../role/role-skill.type';
import { Skill } from '../skill/skill.type';
import { Technology } from '../technology/technology.type';

@ObjectType({ description: 'A skill a learner did not list but holds through technologies they listed.' })
export class CreditedSkill {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => [Technology], {
    complexity: listOf(10),
    description: 'The listed technologies that count toward it (the graph applies the skill with them).',
  })
  through!: Technology[];
}

@ObjectType({
  description:
    'What a learner who lists their own skills and technologies must still learn for a role, and in which order.',
})
export class LearnerSkillGap {
  @Field(() => Role, { description: 'The target role.' })
  to!: Role;

  @Field(() => [Skill], {
    complexity: listOf(40),
    description: 'The skills the learner said they have, by name.',
  })
  have!: Skill[];

  @Field(() => [Technology], {
    complexity: listOf(40),
    description: 'The technologies the learner said they know, by name.',
  })
  haveTechnologies!: Technology[];

  @Field(() => [CreditedSkill], {
    complexity: listOf(40),
    description:
      'Skills the learner did not list that their technologies count toward (Docker toward Containerization), by name. They count as held in `missing`, `shared` and `learningOrder`.',
  })
  creditedSkills!: CreditedSkill[];

  @Field(() => [Technology], {
    complexity: listOf(40),
    description: 'Technologies the target role uses that the learner listed, by name.',
  })
  sharedTechnologies!: Technology[];

  @Field(() => [RoleTechnology], {
    complexity: listOf(70),
    description:
      'Technologies the target role uses that the learner did not list: strongest grade first, then by name.',
  })
  missingTechnologies!: RoleTechnology[];

  @Field(() => [RoleSkill], {
    complexity: listOf(40),
    description:
      'Skills the target requires that the learner lacks (neither listed nor earned through a listed technology): core first, then by name.',
  })
  missing!: RoleSkill[];

  @Field(() => [Skill], {
    complexity: listOf(40),
    description:
      'Skills the target requires that the learner has (listed, or earned through a technology), by name.',
  })
  shared!: Skill[];

  @Field(() => [Skill], {
    complexity: listOf(40),
    description: 'The missing skills in an order to learn them: never a skill before its prerequisites.',
  })
  learningOrder!: Skill[];
}
