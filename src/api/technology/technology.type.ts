import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { DataModel, TechnologyKind, ToolCategory } from '../../domain/enums';
import { Node } from '../node/node.type';
import { Sourced } from '../common/sourced.type';
import { graphqlTypeOf } from '../node/node-kind';

@InterfaceType({
  implements: [Node, Sourced],
  description: 'A technology roles use: a Language, Framework, Database, Tool or cloud Platform.',
  resolveType: (value: object) => graphqlTypeOf(value),
})
export abstract class Technology extends Node {
  @Field({
    description: 'Readable unique key: the kebab-case of the name, e.g. "postgresql", "node-js", "c-sharp".',
  })
  slug!: string;

  @Field({ description: 'Canonical name, e.g. "PostgreSQL".' })
  name!: string;

  @Field(() => [String], { description: 'Other names for it, e.g. "Postgres".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'What it is, in a sentence.' })
  description!: string | null;

  @Field(() => TechnologyKind, { description: 'Which kind of technology it is.' })
  kind!: TechnologyKind;
}

@ObjectType({ implements: [Technology, Node, Sourced], description: 'A programming language, e.g. Python.' })
export class Language extends Technology {}

@ObjectType({
  implements: [Technology, Node, Sourced],
  description: 'A framework for building applications, e.g. Django.',
})
export class Framework extends Technology {}

@ObjectType({ implements: [Technology, Node, Sourced], description: 'A database system, e.g. PostgreSQL.' })
export class Database extends Technology {
  @Field(() => DataModel, { description: 'How the database organises its data.' })
  dataModel!: DataModel;
}

@ObjectType({
  implements: [Technology, Node, Sourced],
  description: 'A tool of the trade, e.g. Docker or Git.',
})
export class Tool extends Technology {
  @Field(() => ToolCategory, { name: 'category', description: 'What the tool is used for.' })
  toolCategory!: ToolCategory;
}

@ObjectType({
  implements: [Technology, Node, Sourced],
  description: 'A cloud or runtime platform, e.g. AWS.',
})
export class Platform extends Technology {}
