import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RoleComparison as RoleComparisonEntity, RoleEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import type { Eventually } from '../loaders';
import { RoleComparison } from './role-facts.type';
import { RoleSkill, RoleTechnology } from './role-skill.type';
import { Role } from './role.type';
import { Transition } from './transition.type';

/** The occupation a link is inherited from, or null when the role states it itself. */
function inheritedFrom(
  link: { inheritedFrom: string | null },
  { loaders }: ApiContext,
): Eventually<RoleEntity | null> {
  return link.inheritedFrom === null ? null : loaders.existingOne('Role', link.inheritedFrom);
}

const inheritedDescription =
  'The occupation this is inherited from (a level holds what the documents say of its occupation in general); null when the role states it itself.';

@Resolver(() => RoleSkill)
export class RoleSkillResolver {
  @FieldResolver(() => Role, { nullable: true, description: inheritedDescription })
  inheritedFrom(@Root() link: { inheritedFrom: string | null }, @Ctx() context: ApiContext) {
    return inheritedFrom(link, context);
  }
}

@Resolver(() => RoleTechnology)
export class RoleTechnologyResolver {
  @FieldResolver(() => Role, { nullable: true, description: inheritedDescription })
  inheritedFrom(@Root() link: { inheritedFrom: string | null }, @Ctx() context: ApiContext) {
    return inheritedFrom(link, context);
  }
}

@Resolver(() => Transition)
export class TransitionInheritanceResolver {
  @FieldResolver(() => Role, {
    nullable: true,
    description:
      'The occupation whose move this is: a level takes the moves stated for its occupation from the level they open at; null when stated for this role itself.',
  })
  inheritedFrom(@Root() link: { inheritedFrom: string | null }, @Ctx() context: ApiContext) {
    return inheritedFrom(link, context);
  }
}

@Resolver(() => RoleComparison)
export class RoleComparisonResolver {
  @FieldResolver(() => Role, { description: 'The role compared with.' })
  baseline(@Root() comparison: RoleComparisonEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity> {
    return loaders.existingOne('Role', comparison.baseline);
  }
}
