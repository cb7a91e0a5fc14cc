import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { firstOf, listOf } from '../common/complexity';
import type { RoleEntity, SkillEntity, TechnologyEntity } from '../../domain/entities';
import { TechnologyKind } from '../../domain/enums';
import type { ApiContext } from '../context';
import { andThen, type Eventually } from '../loaders';
import { ConnectionType, defaultPageSize, PageArgs, pageFromArgs, toConnection } from '../common/pagination';
import { Role } from '../role/role.type';
import { Skill } from '../skill/skill.type';
import { RoleTechnology } from '../role/role-skill.type';
import {
  asSkillLinks,
  asTechnologyLinks,
  nodesOf,
  SkillLink,
  TechnologyLink,
} from '../common/linked-node.type';
import { Framework, Language, Library, Runtime, Technology } from './technology.type';

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
  roles(@Root() technology: TechnologyEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity[]> {
    return andThen(loaders.relationOf('Technology.roles', technology.slug), (links) =>
      links.map((link) => link.role),
    );
  }

  @FieldResolver(() => [RoleTechnology], {
    complexity: listOf(20),
    description:
      'Roles that use this technology, with the importance, evidence and inheritance of each use; by role name.',
  })
  roleLinks(@Root() technology: TechnologyEntity, @Ctx() { loaders }: ApiContext) {
    return loaders.relationOf('Technology.roles', technology.slug);
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(20),
    description: 'Skills practised with this technology, by name.',
  })
  skills(@Root() technology: TechnologyEntity, @Ctx() { loaders }: ApiContext): Eventually<SkillEntity[]> {
    return andThen(loaders.relationOf('Technology.skills', technology.slug), nodesOf);
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(20),
    description: 'Skills practised with this technology, with where each link is stated.',
  })
  skillLinks(@Root() technology: TechnologyEntity, @Ctx() { loaders }: ApiContext) {
    return andThen(loaders.relationOf('Technology.skills', technology.slug), asSkillLinks);
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
  ): Eventually<TechnologyEntity[]> {
    return andThen(loaders.relationOf('Technology.frameworks', language.slug), (links) =>
      nodesOf(links).filter((technology) => technology.kind === 'FRAMEWORK'),
    );
  }

  @FieldResolver(() => [TechnologyLink], {
    complexity: listOf(10),
    description:
      'Frameworks and libraries written in this language, and runtimes that run it, with where each link is stated; by name.',
  })
  frameworkLinks(@Root() language: TechnologyEntity, @Ctx() { loaders }: ApiContext) {
    return andThen(loaders.relationOf('Technology.frameworks', language.slug), asTechnologyLinks);
  }
}

/** What a framework, library or runtime is written in (or runs), with the link's evidence. */
function languageLinks(technology: TechnologyEntity, { loaders }: ApiContext) {
  return andThen(loaders.relationOf('Technology.languages', technology.slug), asTechnologyLinks);
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
  ): Eventually<TechnologyEntity[]> {
    return andThen(loaders.relationOf('Technology.languages', framework.slug), nodesOf);
  }

  @FieldResolver(() => [TechnologyLink], {
    complexity: listOf(5),
    description: 'Languages this framework is written in, with where each link is stated.',
  })
  languageLinks(@Root() framework: TechnologyEntity, @Ctx() context: ApiContext) {
    return languageLinks(framework, context);
  }
}

@Resolver(() => Library)
export class LibraryResolver {
  @FieldResolver(() => [Language], { complexity: listOf(5), description: 'Languages this library is for.' })
  languages(
    @Root() library: TechnologyEntity,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<TechnologyEntity[]> {
    return andThen(loaders.relationOf('Technology.languages', library.slug), nodesOf);
  }

  @FieldResolver(() => [TechnologyLink], {
    complexity: listOf(5),
    description: 'Languages this library is for, with where each link is stated.',
  })
  languageLinks(@Root() library: TechnologyEntity, @Ctx() context: ApiContext) {
    return languageLinks(library, context);
  }
}

@Resolver(() => Runtime)
export class RuntimeResolver {
  @FieldResolver(() => [Language], { complexity: listOf(5), description: 'Languages this runtime runs.' })
  languages(
    @Root() runtime: TechnologyEntity,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<TechnologyEntity[]> {
    return andThen(loaders.relationOf('Technology.languages', runtime.slug), nodesOf);
  }

  @FieldResolver(() => [TechnologyLink], {
    complexity: listOf(5),
    description: 'Languages this runtime runs, with where each link is stated.',
  })
  languageLinks(@Root() runtime: TechnologyEntity, @Ctx() context: ApiContext) {
    return languageLinks(runtime, context);
  }
}
