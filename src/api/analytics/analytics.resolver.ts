import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { listOf, searchOf } from '../common/complexity';
import type { SkillDemandEntry, TechnologyUsageEntry, TransitionKindStats } from '../../domain/analytics';
import { RoleFamily, TechnologyKind } from '../../domain/enums';
import { checkRange } from '../../domain/invalid-input-error';
import type { ApiContext } from '../context';
import { SkillDemand, TechnologyUsage, TransitionStats } from './analytics.types';

export const maxAnalyticsRows = 100;

@Resolver()
export class AnalyticsResolver {
  @Query(() => [SkillDemand], {
    complexity: searchOf(200, 20),
    description: 'Skills ranked by how many roles require them (then by core requirements, then name).',
  })
  async skillDemand(
    @Arg('first', () => Int, {
      defaultValue: 20,
      description: `How many skills: 20 by default, at most ${maxAnalyticsRows}.`,
    })
    first: number,
    @Arg('family', () => RoleFamily, { nullable: true, description: 'Count only roles of this family.' })
    family: RoleFamily | null,
    @Ctx() { store }: ApiContext,
  ): Promise<SkillDemandEntry[]> {
    checkRange('first', first, 1, maxAnalyticsRows);
    return (await store.skillDemand(family ?? null)).slice(0, first);
  }

  @Query(() => [TechnologyUsage], {
    complexity: searchOf(200, 20),
    description: 'Technologies ranked by how many roles use them (then by name).',
  })
  async technologyUsage(
    @Arg('kind', () => TechnologyKind, { nullable: true, description: 'Only technologies of this kind.' })
    kind: TechnologyKind | null,
    @Arg('first', () => Int, {
      defaultValue: 20,
      description: `How many technologies: 20 by default, at most ${maxAnalyticsRows}.`,
    })
    first: number,
    @Ctx() { store }: ApiContext,
  ): Promise<TechnologyUsageEntry[]> {
    checkRange('first', first, 1, maxAnalyticsRows);
    return (await store.technologyUsage(kind ?? null)).slice(0, first);
  }

  @Query(() => [TransitionStats], {
    complexity: listOf(4),
    description:
      'Per kind of career move: how many there are, and the median and range of their typical years.',
  })
  transitionStats(@Ctx() { store }: ApiContext): Promise<TransitionKindStats[]> {
    return store.transitionStats();
  }
}
