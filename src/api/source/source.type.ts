import { Field, ObjectType } from 'type-graphql';
import { PublisherKind } from '../../domain/enums';
import { Node } from '../node/node.type';

@ObjectType({
  implements: Node,
  description: 'A document the knowledge graph was read from. Every fact names its sources.',
})
export class Source extends Node {
  @Field({ description: 'Readable unique key, e.g. "job-description-template".' })
  slug!: string;

  @Field({ description: 'Title of the document.' })
  title!: string;

  @Field(() => PublisherKind, { description: 'What kind of document it is.' })
  publisher!: PublisherKind;

  @Field({ description: 'File name of the document in the seed collection.' })
  document!: string;

  @Field(() => String, { nullable: true, description: 'What the document is, in a sentence.' })
  description!: string | null;
}
