import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Evidence as EvidenceEntity, SourceEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import type { Eventually } from '../loaders';
import { Source } from '../source/source.type';
import { Evidence } from './evidence.type';

/** An evidence item's source, batched through the Source loader. */
@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: EvidenceEntity, @Ctx() { loaders }: ApiContext): Eventually<SourceEntity> {
    return loaders.existingOne('Source', evidence.source);
  }
}
