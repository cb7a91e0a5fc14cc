import { Field, ObjectType } from 'type-graphql';
import { SkillCategory, SkillType } from '../../domain/enums';
import { Node } from '../node/node.type';
import { Sourced } from '../common/sourced.type';
import { Alias, ExternalId } from '../common/evidence.type';

@ObjectType({
  implements: [Node, Sourced],
  description: 'A hard or soft skill, e.g. Query Optimization or Communication.',
})
export class Skill extends Node {
  @Field({ description: 'Readable unique key, e.g. "query-optimization".' })
  slug!: string;

  @Field({ description: 'Name of the skill.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the sources use for the skill.' })
  aliases!: string[];

  @Field(() => [Alias], { description: 'The other names with where each source uses them.' })
  aliasEvidence!: Alias[];

  @Field(() => SkillCategory, { description: 'The area the skill belongs to.' })
  category!: SkillCategory;

  @Field(() => String, {
    nullable: true,
    description:
      'What the skill is, saying only what the cited lines say; null where the source carries only facts (ESCO).',
  })
  description!: string | null;

  @Field(() => SkillType, {
    nullable: true,
    description:
      "ESCO's distinction: SKILL (an ability) or KNOWLEDGE; null when the source does not say (the guides never do).",
  })
  skillType!: SkillType | null;

  @Field(() => [ExternalId], { description: 'Identifiers of this skill in other classifications (ESCO).' })
  externalIds!: ExternalId[];
}
