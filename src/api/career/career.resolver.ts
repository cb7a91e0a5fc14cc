import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { CareerPathResult } from '../../domain/career-paths';
import type { RoleEntity } from '../../domain/entities';
import { PathRanking, Track } from '../../domain/enums';
import { explainPath } from '../../domain/explain-path';
import { careerPathLimits, findCareerPaths } from '../../services/career-paths.service';
import { roleSkillGap, type RoleSkillGap } from '../../services/skill-gap.service';
import type { ApiContext } from '../context';
import { Role } from '../role/role.type';
import { CareerPath } from './career-path.type';
import { SkillGap } from './skill-gap.type';

@Resolver(() => CareerPath)
export class CareerResolver {
  @Query(() => [CareerPath], {
    description:
      'The best loop-free career paths from one role to another, best first. Unknown slugs are a BAD_USER_INPUT error.',
  })
  careerPaths(
    @Arg('from', { description: 'Slug of the starting role.' }) from: string,
    @Arg('to', { description: 'Slug of the target role.' }) to: string,
    @Arg('maxSteps', () => Int, {
      defaultValue: 6,
      description: `Longest path to consider, in steps: 6 by default, at most ${careerPathLimits.maxSteps}.`,
    })
    maxSteps: number,
    @Arg('first', () => Int, {
      defaultValue: 3,
      description: `How many paths: 3 by default, at most ${careerPathLimits.first}.`,
    })
    first: number,
    @Arg('rankBy', () => PathRanking, {
      defaultValue: PathRanking.FEWEST_STEPS,
      description: 'How to rank the paths.',
    })
    rankBy: PathRanking,
    @Arg('track', () => Track, {
      nullable: true,
      description: 'Keep only paths whose intermediate roles are all on this track.',
    })
    track: Track | null,
    @Arg('avoid', () => [String], { nullable: true, description: 'Slugs of roles no path may pass through.' })
    avoid: string[] | null,
    @Ctx() { store }: ApiContext,
  ): Promise<CareerPathResult[]> {
    return findCareerPaths(store, {
      from,
      to,
      maxSteps,
      first,
      rankBy,
      track: track ?? null,
      avoid: avoid ?? [],
    });
  }

  @Query(() => SkillGap, {
    description: 'What someone in one role must learn for another. Unknown slugs are a BAD_USER_INPUT error.',
  })
  skillGap(
    @Arg('from', { description: 'Slug of the starting role.' }) from: string,
    @Arg('to', { description: 'Slug of the target role.' }) to: string,
    @Ctx() { store }: ApiContext,
  ): Promise<RoleSkillGap> {
    return roleSkillGap(store, from, to);
  }

  @FieldResolver(() => [Role])
  roles(@Root() path: CareerPathResult, @Ctx() { loaders }: ApiContext): Promise<RoleEntity[]> {
    return loaders.existing('Role', path.roles);
  }

  @FieldResolver(() => String)
  explanation(@Root() path: CareerPathResult): string {
    return explainPath(path);
  }
}
