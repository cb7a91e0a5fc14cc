import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SalaryEntity, SourceEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import type { Eventually } from '../loaders';
import { Source } from '../source/source.type';
import { SalaryRange } from './salary-range.type';

@Resolver(() => SalaryRange)
export class SalaryRangeResolver {
  @FieldResolver(() => Source)
  source(@Root() salary: SalaryEntity, @Ctx() { loaders }: ApiContext): Eventually<SourceEntity> {
    return loaders.existingOne('Source', salary.source);
  }
}
