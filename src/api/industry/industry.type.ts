import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';
import { Sourced } from '../common/sourced.type';
import { Alias } from '../common/evidence.type';

@ObjectType({
  implements: [Node, Sourced],
  description: 'An industry that hires tech roles, e.g. Financial Technology.',
})
export class Industry extends Node {
  @Field({ description: 'Readable unique key, e.g. "fintech".' })
  slug!: string;

  @Field({ description: 'Name of the industry.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the sources use for the industry.' })
  aliases!: string[];

  @Field(() => [Alias], { description: 'The other names with where each source uses them.' })
  aliasEvidence!: Alias[];

  @Field(() => String, {
    nullable: true,
    description: 'What the industry is and what it needs from engineers.',
  })
  description!: string | null;
}
