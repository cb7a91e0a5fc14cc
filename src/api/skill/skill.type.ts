import { Field, ObjectType } from 'type-graphql';
import { SkillCategory } from '../../domain/enums';
import { Node } from '../node/node.type';
import { Sourced } from '../common/sourced.type';

@ObjectType({
  implements: [Node, Sourced],
  description: 'A hard or soft skill, e.g. Query Optimization or Communication.',
})
export class Skill extends Node {
  @Field({ description: 'Readable unique key, e.g. "query-optimization".' })
  slug!: string;

  @Field({ description: 'Name of the skill.' })
  name!: string;

  @Field(() => [String], { description: 'Other names for the skill.' })
  aliases!: string[];

  @Field(() => SkillCategory, { description: 'The area the skill belongs to.' })
  category!: SkillCategory;

  @Field(() => String, { nullable: true, description: 'What the skill is, in a sentence or two.' })
  description!: string | null;
}
