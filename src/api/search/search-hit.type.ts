import { Field, Float, ObjectType } from 'type-graphql';
import { SearchMatch } from '../../domain/search-scoring';
import { Node } from '../node/node.type';

@ObjectType({ description: 'A search result: a node, how the text matched it, and how well.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance from 0 to 1, absolute: the same match scores the same in any query (1 the exact name, 0.95 an alias, 0.5 to 0.9 every word found, below 0.45 only some words). Not relative to the other hits.',
  })
  score!: number;

  @Field(() => SearchMatch, { description: 'How the text matched the node: its best name or alias decides.' })
  match!: SearchMatch;

  @Field(() => Node, { description: 'The matching role, skill, technology or industry.' })
  node!: Node;
}
