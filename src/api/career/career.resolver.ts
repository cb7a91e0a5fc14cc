import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { listOf, pathSearchOf } from '../common/complexity';
import { careerPathLimits, type CareerPathResult } from '../../domain/career-paths';
import type { RoleEntity, SkillEntity } from '../../domain/entities';
import { PathRanking, Track } from '../../domain/enums';
import { explainPath } from '../../domain/explain-path';
import { findCareerPaths } from '../../services/career-paths.service';
import {
  learnerSkillGap,
  maxLearnerSkills,
  roleSkillGap,
  type LearnerSkillGapResult,
  type RoleSkillGap,
} from '../../services/skill-gap.service';
import { Skill } from '../skill/skill.type';
import { LearnerSkillGap } from './learner-skill-gap.type';
import type { ApiContext } from '../context';
import type { Eventually } from '../loaders';
import { Role } from '../role/role.type';
import { CareerPath } from './career-path.type';
import { SkillGap } from './skill-gap.type';

/** DataLoader's loadMany answers an Error in place of a failed key; a path needs every role. */
function throwFirstError<T>(results: (T | Error)[]): T[] {
  const failure = results.find((result) => result instanceof Error);
  if (failure) throw failure;
  return results as T[];
}

@Resolver(() => CareerPath)
export class CareerResolver {
  @Query(() => [CareerPath], {
    complexity: pathSearchOf(20, 6, 3),
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
    complexity: ({ childComplexity }) => 10 + childComplexity,
    description: 'What someone in one role must learn for another. Unknown slugs are a BAD_USER_INPUT error.',
  })
  skillGap(
    @Arg('from', { description: 'Slug of the starting role.' }) from: string,
    @Arg('to', { description: 'Slug of the target role.' }) to: string,
    @Ctx() { store }: ApiContext,
  ): Promise<RoleSkillGap> {
    return roleSkillGap(store, from, to);
  }

  @Query(() => LearnerSkillGap, {
    complexity: ({ childComplexity }) => 10 + childComplexity,
    description:
      "What a learner who lists their own skills and technologies must learn for a role. A technology counts toward every skill the graph applies with it (Skill.technologies: Docker toward Containerization, PostgreSQL toward SQL) and toward the role's technologies. A slug that is neither a skill nor a technology is a BAD_USER_INPUT error.",
  })
  skillGapForSkills(
    @Arg('have', () => [String], {
      description: `Slugs of the skills and technologies the learner has, mixed freely (at most ${maxLearnerSkills}).`,
    })
    have: string[],
    @Arg('to', { description: 'Slug of the target role.' }) to: string,
    @Ctx() { store }: ApiContext,
  ): Promise<LearnerSkillGapResult> {
    return learnerSkillGap(store, have, to);
  }

  @FieldResolver(() => [Skill], {
    complexity: listOf(40),
    description:
      "Skills the roles along the path require that the starting role does not (as Role.skills counts them): what is gained on the way, in path order. The last role's share equals skillGap(from, to).missing.",
  })
  async requiredSkills(
    @Root() path: CareerPathResult,
    @Ctx() { loaders }: ApiContext,
  ): Promise<SkillEntity[]> {
    const [start = [], ...along] = await loaders
      .relation('Role.skills')
      .loadMany(path.roles)
      .then(throwFirstError);
    const held = new Set(start.map((link) => link.skill.slug));
    const gained = new Map<string, SkillEntity>();
    for (const link of along.flat()) if (!held.has(link.skill.slug)) gained.set(link.skill.slug, link.skill);
    return [...gained.values()];
  }

  @FieldResolver(() => [Role], { complexity: listOf(11) })
  roles(@Root() path: CareerPathResult, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity[]> {
    return loaders.existing('Role', path.roles);
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: 'The role whose experience threshold sets minYears; null when minYears is 0.',
  })
  minYearsSetBy(
    @Root() path: CareerPathResult,
    @Ctx() { loaders }: ApiContext,
  ): Eventually<RoleEntity | null> {
    return path.minYearsSetBy === null ? null : loaders.existingOne('Role', path.minYearsSetBy);
  }

  @FieldResolver(() => String)
  async explanation(@Root() path: CareerPathResult, @Ctx() { loaders }: ApiContext): Promise<string> {
    const roles = new Map((await loaders.existing('Role', path.roles)).map((role) => [role.slug, role]));
    return explainPath(path, (slug) => {
      const role = roles.get(slug);
      return role && { name: role.name, minYears: role.experience?.min ?? null };
    });
  }
}
