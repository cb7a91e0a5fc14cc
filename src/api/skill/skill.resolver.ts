import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { firstOf, listOf } from '../common/complexity';
import type { RoleEntity, SkillEntity, TechnologyEntity } from '../../domain/entities';
import { Importance } from '../../domain/enums';
import type { ApiContext } from '../context';
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
  async roles(
    @Root() skill: SkillEntity,
    @Arg('importance', () => Importance, {
      nullable: true,
      description: 'Only roles that require it with this importance.',
    })
    importance: Importance | null,
    @Ctx() { loaders }: ApiContext,
  ): Promise<RoleEntity[]> {
    const links = await loaders.relation('Skill.roles').load(skill.slug);
    return links.filter((link) => !importance || link.importance === importance).map((link) => link.role);
  }

  @FieldResolver(() => [RoleSkill], {
    complexity: listOf(20),
    description: 'Roles that require this skill, with the importance and sources of each requirement.',
  })
  requiredBy(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return loaders.relation('Skill.roles').load(skill.slug);
  }

  @FieldResolver(() => [Technology], {
    complexity: listOf(20),
    description: 'Technologies this skill is practised with.',
  })
  async technologies(
    @Root() skill: SkillEntity,
    @Ctx() { loaders }: ApiContext,
  ): Promise<TechnologyEntity[]> {
    return nodesOf(await loaders.relation('Skill.technologies').load(skill.slug));
  }

  @FieldResolver(() => [TechnologyLink], {
    complexity: listOf(20),
    description: 'Technologies this skill is practised with, with where each link is stated.',
  })
  async technologyLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return asTechnologyLinks(await loaders.relation('Skill.technologies').load(skill.slug));
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(10),
    description: 'Skills to learn before this one.',
  })
  async prerequisites(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Promise<SkillEntity[]> {
    return nodesOf(await loaders.relation('Skill.prerequisites').load(skill.slug));
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(10),
    description: 'Skills to learn before this one, with where each link is stated.',
  })
  async prerequisiteLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return asSkillLinks(await loaders.relation('Skill.prerequisites').load(skill.slug));
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(10),
    description: 'Skills that build on this one: what learning it opens up.',
  })
  async unlocks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Promise<SkillEntity[]> {
    return nodesOf(await loaders.relation('Skill.unlocks').load(skill.slug));
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(10),
    description: 'Skills that build on this one, with where each link is stated.',
  })
  async unlockLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return asSkillLinks(await loaders.relation('Skill.unlocks').load(skill.slug));
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(10),
    description: 'Closely related skills.',
  })
  async relatedSkills(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext): Promise<SkillEntity[]> {
    return nodesOf(await loaders.relation('Skill.relatedSkills').load(skill.slug));
  }

  @FieldResolver(() => [SkillLink], {
    complexity: listOf(10),
    description: 'Closely related skills, with where each link is stated.',
  })
  async relatedSkillLinks(@Root() skill: SkillEntity, @Ctx() { loaders }: ApiContext) {
    return asSkillLinks(await loaders.relation('Skill.relatedSkills').load(skill.slug));
  }
}
