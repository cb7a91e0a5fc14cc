import { Field, InterfaceType } from 'type-graphql';
import { listOf } from './complexity';
import { Source } from '../source/source.type';

@InterfaceType({ description: 'A fact that names the documents stating it.' })
export abstract class Sourced {
  @Field(() => [Source], {
    complexity: listOf(5),
    description: 'The documents that state this fact; never empty.',
  })
  sources!: Source[];
}
