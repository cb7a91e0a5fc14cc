import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Evidence as EvidenceEntity, SourceEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import { Source } from '../source/source.type';
import { Evidence } from './evidence.type';

/** An evidence item's source, batched through the Source loader. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  async source(@Root() evidence: EvidenceEntity, @Ctx() { loaders }: ApiContext): Promise<SourceEntity> {
    return (await loaders.existing('Source', [evidence.source]))[0] as SourceEntity;
  }
}
