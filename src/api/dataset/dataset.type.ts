import { Field, Int, ObjectType } from 'type-graphql';
import { factTypes } from '../../dataset/facts';
import { listOf } from '../common/complexity';
import { Source } from '../source/source.type';

@ObjectType({
  description: 'How many facts of one kind the dataset holds: nodes by kind, relationships by type.',
})
export class FactCount {
  @Field({
    description:
      'A node kind (Role, Skill, Technology, Industry, Source), a relationship type (REQUIRES, USES, TRANSITIONS_TO, ...), or PAYS for salary figures.',
  })
  kind!: string;

  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({
  description:
    'Which data the API serves: the release, its content hash and what it holds. Cite the version and hash with any answer; every response also carries them in extensions.dataset.',
})
export class Dataset {
  @Field({
    description: 'The release version (semantic versioning), bumped on purpose when the data changes.',
  })
  version!: string;

  @Field({
    description:
      "SHA-256 of the dataset's facts (nodes, relationships and their evidence): the same hash means the same data, on any store.",
  })
  hash!: string;

  @Field({ description: 'The day the release was made, YYYY-MM-DD.' })
  builtAt!: string;

  @Field({
    description: 'When this store was loaded (embedded) or seeded (Neo4j) with the release, ISO 8601.',
  })
  seededAt!: string;

  // One count per fact type, whatever the graph holds.
  @Field(() => [FactCount], {
    complexity: listOf(factTypes.length),
    description: 'Facts per node kind and relationship type.',
  })
  counts!: FactCount[];

  @Field(() => [Source], { description: 'The sources the facts are read from, with their licences.' })
  sources!: Source[];
}
