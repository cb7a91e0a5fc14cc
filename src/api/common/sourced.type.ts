import { Field, InterfaceType } from 'type-graphql';
import { listOf } from './complexity';
import { Evidence } from './evidence.type';
import { Source } from '../source/source.type';

@InterfaceType({ description: 'A fact that names the sources stating it, and the places in them.' })
export abstract class Sourced {
  @Field(() => [Source], {
    complexity: listOf(5),
    description: 'The sources that state or support this fact, in evidence order; never empty.',
  })
  sources!: Source[];

  @Field(() => [Evidence], {
    complexity: listOf(10),
    description:
      'Where each source supports this fact (lines of a document, or a concept URI), and whether it is stated or a reading; never empty.',
  })
  evidence!: Evidence[];
}
