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

  @Field(() => String, {
    nullable: true,
    description:
      'File name of the document in the seed collection; null for a data set located by concept URI (ESCO).',
  })
  document!: string | null;

  @Field(() => String, { nullable: true, description: 'What the source is, in a sentence.' })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The licence the source's facts are used under, when it states one.",
  })
  licence!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The attribution text the source asks for, when it asks.',
  })
  attribution!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the source is published, when known.' })
  url!: string | null;
}
