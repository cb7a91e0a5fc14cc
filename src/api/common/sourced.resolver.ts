import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listOf } from './complexity';
import type { SourceEntity, Sources } from '../../domain/entities';
import type { ApiContext } from '../context';
import type { Eventually } from '../loaders';
import { Source } from '../source/source.type';
import { Sourced } from './sourced.type';

/** `sources` of every sourced fact, batched through the Source loader. */
@Resolver(() => Sourced)
export class SourcedResolver {
  @FieldResolver(() => [Source], { complexity: listOf(5) })
  sources(@Root() fact: { sources: Sources }, @Ctx() { loaders }: ApiContext): Eventually<SourceEntity[]> {
    return loaders.existing('Source', fact.sources);
  }
}
