import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { firstOf, listOf, searchOf } from '../common/complexity';
import type {
  HiringLink,
  IndustryEntity,
  RoleEntity,
  RoleSkillLink,
  RoleTechnologyLink,
  SalaryEntity,
  TechnologyEntity,
  TransitionEntity,
} from '../../domain/entities';
import { Importance, TechnologyKind } from '../../domain/enums';
import { checkRange } from '../../domain/invalid-input-error';
import { byName } from '../../domain/ordering';
import { explainRelatedRole } from '../../domain/similarity';
import type { ApiContext } from '../context';
import { andThen, type Eventually } from '../loaders';
import { ConnectionType, defaultPageSize, PageArgs, pageFromArgs, toConnection } from '../common/pagination';
import { Hiring } from '../industry/hiring.type';
import { Industry } from '../industry/industry.type';
import { Technology } from '../technology/technology.type';
import { RelatedRole } from './related-role.type';
import { roleRelationsAhead } from './role-look-ahead';
import { RoleFilter } from './role-filter.input';
import { RoleSkill, RoleTechnology } from './role-skill.type';
import { Role } from './role.type';
import { SalaryRange } from './salary-range.type';
import { Transition } from './transition.type';

export const RoleConnection = ConnectionType('Role', Role, 'roles');
export const maxRelatedRoles = 50;
/** Where a connection's roles sit under it. */
const connectionNodePaths = [['nodes'], ['edges', 'node']] as const;

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => Role, { nullable: true, description: 'A role by slug; null when no role has it.' })
  role(
    @Arg('slug', { description: 'The role slug, e.g. "senior-backend-developer".' }) slug: string,
    @Ctx() { loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const relations = roleRelationsAhead(info);
    return relations.length > 0
      ? loaders.expanded('Role', relations).load(slug)
      : loaders.node('Role').load(slug);
  }

  @Query(() => RoleConnection, {
    complexity: firstOf(defaultPageSize),
    description: 'Roles by name, filtered and paginated.',
  })
  async roles(
    @Arg('filter', () => RoleFilter, {
      nullable: true,
      description: 'Only roles matching every given field.',
    })
    filter: RoleFilter | null,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() { store, loaders }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const page = pageFromArgs(pageArgs);
    const relations = roleRelationsAhead(info, connectionNodePaths);
    if (relations.length === 0) return toConnection(page, await store.listRoles(filter ?? {}, page));
    const expanded = await store.listExpandedRoles(filter ?? {}, page, relations);
    for (const item of expanded.items) loaders.prime('Role', item);
    return toConnection(page, { ...expanded, items: expanded.items.map((item) => item.node) });
  }

  @FieldResolver(() => [SalaryRange], {
    complexity: listOf(5),
    description:
      'Salary ranges by region, each with the source that states it; disagreeing sources are all kept.',
  })
  salaries(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<SalaryEntity[]> {
    return loaders.relationOf('Role.salaries', role.slug);
  }

  @FieldResolver(() => [RoleSkill], {
    complexity: listOf(40),
    description:
      "What the role requires: its own requirements and those it inherits from its occupation (each says which), strongest grade first, then by name. This is the one definition of a role's requirements that skill gaps, career paths and text analysis use.",
  })
  skills(
    @Root() role: RoleEntity,
    @Arg('importance', () => Importance, { nullable: true, description: 'Only skills of this importance.' })
    importance: Importance | null,
    @Arg('own', () => Boolean, {
      defaultValue: false,
      description: 'Only the requirements stated for this role itself, none inherited.',
    })
    own: boolean,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<RoleSkillLink[]> {
    if (!importance && !own) return loaders.relationOf('Role.skills', role.slug);
    return andThen(loaders.relationOf('Role.skills', role.slug), (links) =>
      links.filter(
        (link) => (!importance || link.importance === importance) && (!own || link.inheritedFrom === null),
      ),
    );
  }

  @FieldResolver(() => [Technology], {
    complexity: listOf(40),
    description: 'Technologies the role works with, own and inherited from its occupation, by name.',
  })
  technologies(
    @Root() role: RoleEntity,
    @Arg('kind', () => TechnologyKind, { nullable: true, description: 'Only technologies of this kind.' })
    kind: TechnologyKind | null,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<TechnologyEntity[]> {
    return andThen(loaders.relationOf('Role.technologies', role.slug), (links) =>
      links.map((link) => link.technology).filter((technology) => !kind || technology.kind === kind),
    );
  }

  @FieldResolver(() => [RoleTechnology], {
    complexity: listOf(40),
    description:
      'Technologies the role works with, each with its importance, where it is stated, and whether it is inherited; by name.',
  })
  technologyLinks(
    @Root() role: RoleEntity,
    @Arg('kind', () => TechnologyKind, { nullable: true, description: 'Only technologies of this kind.' })
    kind: TechnologyKind | null,
    @Arg('own', () => Boolean, {
      defaultValue: false,
      description: 'Only those stated for this role itself.',
    })
    own: boolean,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<RoleTechnologyLink[]> {
    if (!kind && !own) return loaders.relationOf('Role.technologies', role.slug);
    return andThen(loaders.relationOf('Role.technologies', role.slug), (links) =>
      links.filter(
        (link) => (!kind || link.technology.kind === kind) && (!own || link.inheritedFrom === null),
      ),
    );
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description:
      'The level-less occupation this role is a level of (Backend Developer for Senior Backend Developer); null otherwise.',
  })
  occupation(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity | null> {
    return role.occupation === null ? null : loaders.existingOne('Role', role.occupation);
  }

  @FieldResolver(() => [Role], {
    complexity: listOf(10),
    description:
      'The levels of this occupation, by the experience each asks for; empty for a role that is not an occupation.',
  })
  levels(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity[]> {
    return loaders.relationOf('Role.levels', role.slug);
  }

  @FieldResolver(() => [Transition], {
    complexity: listOf(10),
    description: 'Career moves out of this role.',
  })
  nextRoles(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<TransitionEntity[]> {
    return loaders.relationOf('Role.nextRoles', role.slug);
  }

  @FieldResolver(() => [Transition], { complexity: listOf(10), description: 'Career moves into this role.' })
  previousRoles(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<TransitionEntity[]> {
    return loaders.relationOf('Role.previousRoles', role.slug);
  }

  @FieldResolver(() => [RelatedRole], {
    complexity: searchOf(30, 5),
    description: 'The most similar roles, best first, each with its score and the skills both require.',
  })
  async relatedRoles(
    @Root() role: RoleEntity,
    @Arg('first', () => Int, {
      defaultValue: 5,
      description: `How many related roles: 5 by default, at most ${maxRelatedRoles}.`,
    })
    first: number,
    @Ctx() { loaders }: ApiContext,
  ) {
    checkRange('first', first, 1, maxRelatedRoles);
    const related = await loaders.relatedRoles(first).load(role.slug);
    const [roles, skills, technologies] = await Promise.all([
      loaders.existing(
        'Role',
        related.map((entry) => entry.role),
      ),
      Promise.all(related.map((entry) => loaders.existing('Skill', entry.sharedSkills))),
      Promise.all(related.map((entry) => loaders.existing('Technology', entry.sharedTechnologies))),
    ]);
    return related.map((entry, index) => ({
      role: roles[index],
      score: entry.score,
      sharedSkills: skills[index],
      sharedTechnologies: [...(technologies[index] ?? [])].sort(byName),
      explanation: explainRelatedRole(entry),
    }));
  }

  @FieldResolver(() => [Industry], {
    complexity: listOf(10),
    description: 'Industries that hire this role, by name.',
  })
  industries(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<IndustryEntity[]> {
    return andThen(loaders.relationOf('Role.industries', role.slug), (links) =>
      links.map((link) => link.industry),
    );
  }

  @FieldResolver(() => [Hiring], {
    complexity: listOf(10),
    description: 'Industries that hire this role, with what each looks for.',
  })
  hiredBy(@Root() role: RoleEntity, @Ctx() { loaders }: ApiContext): Eventually<HiringLink[]> {
    return loaders.relationOf('Role.industries', role.slug);
  }
}
