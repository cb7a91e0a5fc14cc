import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { DataModel, TechnologyKind, ToolCategory } from '../../domain/enums';
import { Node } from '../node/node.type';
import { Sourced } from '../common/sourced.type';
import { Alias, ExternalId } from '../common/evidence.type';
import { graphqlTypeOf } from '../node/node-kind';

@InterfaceType({
  implements: [Node, Sourced],
  description:
    'A technology roles use: a Language, Runtime, Framework, Library, Database, Tool, Protocol or Platform.',
  resolveType: (value: object) => graphqlTypeOf(value),
})
export abstract class Technology extends Node {
  @Field({
    description: 'Readable unique key: the kebab-case of the name, e.g. "postgresql", "node-js", "c-sharp".',
  })
  slug!: string;

  @Field({ description: 'Canonical name, e.g. "PostgreSQL".' })
  name!: string;

  @Field(() => [String], { description: 'Other names the sources use for it, e.g. "Golang".' })
  aliases!: string[];

  @Field(() => [Alias], { description: 'The other names with where each source uses them.' })
  aliasEvidence!: Alias[];

  @Field(() => String, {
    nullable: true,
    description: 'What it is, saying only what the cited lines say of it.',
  })
  description!: string | null;

  @Field(() => [ExternalId], {
    description: 'Identifiers of this technology in other classifications (ESCO).',
  })
  externalIds!: ExternalId[];

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
  description: 'A platform or hosted service, e.g. AWS or Stripe.',
})
export class Platform extends Technology {}

@ObjectType({
  implements: [Technology, Node, Sourced],
  description: 'A runtime that runs a language outside its usual home, e.g. Node.js.',
})
export class Runtime extends Technology {}

@ObjectType({
  implements: [Technology, Node, Sourced],
  description: 'A library or API a program calls, e.g. SQLAlchemy.',
})
export class Library extends Technology {}

@ObjectType({
  implements: [Technology, Node, Sourced],
  description: 'A wire protocol, e.g. WebSockets or MQTT.',
})
export class Protocol extends Technology {}
