import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { firstOf, listOf } from '../common/complexity';
import type { RoleEntity, SkillEntity, TechnologyEntity } from '../../domain/entities';
import { TechnologyKind } from '../../domain/enums';
import type { ApiContext } from '../context';
import { ConnectionType, defaultPageSize, PageArgs, pageFromArgs, toConnection } from '../common/pagination';
import { Role } from '../role/role.type';
import { Skill } from '../skill/skill.type';
import { Framework, Language, Technology } from './technology.type';

export const TechnologyConnection = ConnectionType('Technology', Technology, 'technologies');

/** Fields every kind of technology has, resolved once for all five. */
@Resolver(() => Technology)
export class TechnologyResolver {
  @Query(() => Technology, { nullable: true, description: 'A technology by slug; null when none has it.' })
  technology(
    @Arg('slug', { description: 'The technology slug, e.g. "postgresql".' }) slug: string,
    @Ctx() { loaders }: ApiContext,
  ) {
    return loaders.node('Technology').load(slug);
  }

  @Query(() => TechnologyConnection, {
    complexity: firstOf(defaultPageSize),
    description: 'Technologies by name, optionally of one kind, paginated.',
  })
  async technologies(
    @Arg('kind', () => TechnologyKind, { nullable: true, description: 'Only technologies of this kind.' })
    kind: TechnologyKind | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { store }: ApiContext,
  ) {
    const page = pageFromArgs(pageArgs);
    return toConnection(page, await store.listTechnologies(kind ?? null, page));
  }

  @FieldResolver(() => [Role], {
    complexity: listOf(20),
    description: 'Roles that use this technology, by name.',
  })
  roles(@Root() technology: TechnologyEntity, @Ctx() { loaders }: ApiContext): Promise<RoleEntity[]> {
    return loaders.relation('Technology.roles').load(technology.slug);
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(20),
    description: 'Skills practised with this technology, by name.',
  })
  skills(@Root() technology: TechnologyEntity, @Ctx() { loaders }: ApiContext): Promise<SkillEntity[]> {
    return loaders.relation('Technology.skills').load(technology.slug);
  }
}

@Resolver(() => Language)
export class LanguageResolver {
  @FieldResolver(() => [Framework], {
    complexity: listOf(10),
    description: 'Frameworks written in this language, by name.',
  })
  frameworks(
    @Root() language: TechnologyEntity,
    @Ctx() { loaders }: ApiContext,
  ): Promise<TechnologyEntity[]> {
    return loaders.relation('Technology.frameworks').load(language.slug);
  }
}

@Resolver(() => Framework)
export class FrameworkResolver {
  @FieldResolver(() => [Language], {
    complexity: listOf(5),
    description: 'Languages this framework is written in.',
  })
  languages(
    @Root() framework: TechnologyEntity,
    @Ctx() { loaders }: ApiContext,
  ): Promise<TechnologyEntity[]> {
    return loaders.relation('Technology.languages').load(framework.slug);
  }
}
