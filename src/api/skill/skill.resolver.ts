import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { firstOf, listOf } from '../common/complexity';
import type { RoleEntity, SkillEntity, TechnologyEntity } from '../../domain/entities';
import { Importance } from '../../domain/enums';
import type { ApiContext } from '../context';
import { andThen, type Eventually } from '../loaders';
import { ConnectionType, defaultPageSize, PageArgs, pageFromArgs, toConnection } from '../common/pagination';
import { Role } from '../role/role.type';
import { RoleSkill } from '../role/role-skill.type';
import { Technology } from '../technology/technology.type';
import {
  asSkillLinks,
  asTechnologyLinks,
  nodesOf,
  SkillLink,
  TechnologyLink,
} from '../common/linked-node.type';
import { SkillFilter } from './skill-filter.input';
import { Skill } from './skill.type';
import { skillRelationsAhead } from './skill-look-ahead';

export const SkillConnection = ConnectionType('Skill', Skill, 'skills');

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => Skill, { nullable: true, description: 'A skill by slug; null when no skill has it.' })
  skill(
    @Arg('slug', { description: 'The skill slug, e.g. "sql".' }) slug: string,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The relations the query reads next come with the skill: one statement on Neo4j, not one per level.
    const relations = skillRelationsAhead(info);
    return relations.length > 0
      ? loaders.expanded('Skill', relations).load(slug)
      : loaders.node('Skill').load(slug);
  }

  @Query(() => SkillConnection, {
    complexity: firstOf(defaultPageSize),
    description: 'Skills by name, filtered and paginated.',
  })
  async skills(
    @Arg('filter', () => SkillFilter, {
      nullable: true,
      description: 'Only skills matching every given field.',
    })
    filter: SkillFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { store }: ApiContext,
  ) {
    const page = pageFromArgs(pageArgs);
    return toConnection(page, await store.listSkills(filter ?? {}, page));
  }

  @FieldResolver(() => [Role], {
    complexity: listOf(20),
    description: 'Roles that require this skill, core requirements first, then by name.',
  })
  roles(
    @Root() skill: SkillEntity,
    @Arg('importance', () => Importance, {
      nullable: true,
      description: 'Only roles that require it with this importance.',
    })
    importance: Importance | null,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<RoleEntity[]> {
    return andThen(loaders.relationOf('Skill.roles', skill.slug), (links) =>
      links.filter((link) => !importance || link.importance === importance).map((link) => link.role),
    );
  }

  @FieldResolver(() => [RoleSkill], {
    complexity: listOf(20),
    description: 'Roles that require this skill, with the importance and sources of each requirement.',
  })
  requiredBy(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return loaders.relationOf('Skill.roles', skill.slug);
  }

  @FieldResolver(() => [Technology], {
    complexity: listOf(20),
    description: 'Technologies this skill is practised with.',
  })
  technologies(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Eventually<TechnologyEntity[]> {
    return andThen(loaders.relationOf('Skill.technologies', skill.slug), nodesOf);
  }

  @FieldResolver(() => [TechnologyLink], {
    complexity: listOf(20),
    description: 'Technologies this skill is practised with, with where each link is stated.',
  })
  technologyLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return andThen(loaders.relationOf('Skill.technologies', skill.slug), asTechnologyLinks);
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(10),
    description: 'Skills to learn before this one.',
  })
  prerequisites(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Eventually<SkillEntity[]> {
    return andThen(loaders.relationOf('Skill.prerequisites', skill.slug), nodesOf);
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(10),
    description: 'Skills to learn before this one, with where each link is stated.',
  })
  prerequisiteLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return andThen(loaders.relationOf('Skill.prerequisites', skill.slug), asSkillLinks);
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(10),
    description: 'Skills that build on this one: what learning it opens up.',
  })
  unlocks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Eventually<SkillEntity[]> {
    return andThen(loaders.relationOf('Skill.unlocks', skill.slug), nodesOf);
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(10),
    description: 'Skills that build on this one, with where each link is stated.',
  })
  unlockLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return andThen(loaders.relationOf('Skill.unlocks', skill.slug), asSkillLinks);
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(10),
    description: 'Closely related skills.',
  })
  relatedSkills(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Eventually<SkillEntity[]> {
    return andThen(loaders.relationOf('Skill.relatedSkills', skill.slug), nodesOf);
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(10),
    description: 'Closely related skills, with where each link is stated.',
  })
  relatedSkillLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return andThen(loaders.relationOf('Skill.relatedSkills', skill.slug), asSkillLinks);
  }
}
