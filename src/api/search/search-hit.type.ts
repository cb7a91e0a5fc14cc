import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';

@ObjectType({ description: 'A search result: a node and how well it matches.' })
export class SearchHit {
  @Field(() => Float, { description: 'Relevance relative to the best hit, which scores 1.' })
  score!: number;

  @Field(() => Node, { description: 'The matching role, skill, technology or industry.' })
  node!: Node;
}
