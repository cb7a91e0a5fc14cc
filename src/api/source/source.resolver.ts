import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { listOf } from '../common/complexity';
import type { SourceEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import { Source } from './source.type';

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => [Source], {
    complexity: listOf(5),
    description: 'Every source document, by title.',
  })
  sources(@Ctx() { store }: ApiContext): Promise<SourceEntity[]> {
    return store.listSources();
  }

  @Query(() => Source, { nullable: true, description: 'A source by slug; null when unknown.' })
  source(
    @Arg('slug', { description: 'The source slug.' }) slug: string,
    @Ctx() { loaders }: ApiContext,
  ): Promise<SourceEntity | null> {
    return loaders.node('Source').load(slug);
  }
}
