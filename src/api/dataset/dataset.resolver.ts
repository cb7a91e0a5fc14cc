import { GraphQLError } from 'graphql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Dataset } from './dataset.type';

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, {
    description: 'The data this API serves: release version, content hash, build day, counts and sources.',
  })
  async dataset(@Ctx() { store }: ApiContext) {
    const [marker, sources] = await Promise.all([store.datasetMarker(), store.listSources()]);
    if (marker === null) {
      throw new GraphQLError('No dataset is seeded in the store yet; run `npm run seed -- --target neo4j`.', {
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    return { ...marker, sources };
  }
}
