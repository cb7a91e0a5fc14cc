import { Field, Float, ObjectType } from 'type-graphql';
import { listOf } from '../common/complexity';
import type { TechnologyEntity } from '../../domain/entities';
import { Skill } from '../skill/skill.type';
import { Technology } from '../technology/technology.type';
import { Role } from './role.type';

@ObjectType({ description: 'A role similar to another, with why.' })
export class RelatedRole {
  @Field(() => Role, { description: 'The similar role.' })
  role!: Role;

  @Field(() => Float, {
    description:
      'Similarity from 0 to 1: weighted Jaccard over required skills (core weighing double) and technologies, plus 0.15 when one role leads directly to the other. Symmetric.',
  })
  score!: number;

  @Field(() => [Skill], {
    complexity: listOf(20),
    description: 'Skills both roles require, the most important first.',
  })
  sharedSkills!: Skill[];

  @Field(() => [Technology], {
    complexity: listOf(20),
    description: 'Technologies both roles use, by name.',
  })
  sharedTechnologies!: TechnologyEntity[];

  @Field(() => String, {
    description:
      'Why the score is what it is, in plain words: how many skills and technologies the two roles share, the weighted overlap the score divides by their combined profile, and whether one role leads directly to the other.',
  })
  explanation!: string;
}
