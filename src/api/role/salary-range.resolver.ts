import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SalaryEntity, SourceEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import { Source } from '../source/source.type';
import { SalaryRange } from './salary-range.type';

@Resolver(() => SalaryRange)
export class SalaryRangeResolver {
  @FieldResolver(() => Source)
  async source(@Root() salary: SalaryEntity, @Ctx() { loaders }: ApiContext): Promise<SourceEntity> {
    return (await loaders.existing('Source', [salary.source]))[0] as SourceEntity;
  }
}
