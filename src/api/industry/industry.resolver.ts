import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listOf } from '../common/complexity';
import type { HiringLink, IndustryEntity, RoleEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import { andThen, type Eventually } from '../loaders';
import { Role } from '../role/role.type';
import { Hiring } from './hiring.type';
import { Industry } from './industry.type';

@Resolver(() => Industry)
export class IndustryResolver {
  @Query(() => [Industry], {
    complexity: listOf(10),
    description: 'Every industry, by name.',
  })
  industries(@Ctx() { store }: ApiContext): Promise<IndustryEntity[]> {
    return store.listIndustries();
  }

  @Query(() => Industry, { nullable: true, description: 'An industry by slug; null when unknown.' })
  industry(
    @Arg('slug', { description: 'The industry slug, e.g. "fintech".' }) slug: string,
    @Ctx() { loaders }: ApiContext,
  ) {
    return loaders.node('Industry').load(slug);
  }

  @FieldResolver(() => [Role], {
    complexity: listOf(20),
    description: 'Roles this industry hires, by name.',
  })
  roles(@Root() industry: IndustryEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity[]> {
    return andThen(loaders.relationOf('Industry.roles', industry.slug), (links) =>
      links.map((link) => link.role),
    );
  }

  @FieldResolver(() => [Hiring], {
    complexity: listOf(20),
    description: 'Roles this industry hires, with what it looks for in each.',
  })
  hires(@Root() industry: IndustryEntity, @Ctx() { loaders }: ApiContext): Eventually<HiringLink[]> {
    return loaders.relationOf('Industry.roles', industry.slug);
  }
}
