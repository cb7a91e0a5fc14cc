import type { RoleEntity, SkillEntity } from '../domain/entities';
import { InvalidInputError } from '../domain/invalid-input-error';
import { byName } from '../domain/ordering';
import { computeSkillGap, type PrerequisitePair, type SkillGapResult } from '../domain/skill-gap';
import type { GraphStore } from '../store/graph-store';
import { requireRoles } from './role-lookup';

export interface RoleSkillGap extends SkillGapResult {
  readonly from: RoleEntity;
  readonly to: RoleEntity;
}

/**
 * What someone in role `from` must learn to become `to`: what `to` requires and `from` does not, both by
 * the one definition of a role's requirements (Role.skills: own and inherited from the occupation).
 */
export async function roleSkillGap(
  store: GraphStore,
  fromSlug: string,
  toSlug: string,
): Promise<RoleSkillGap> {
  const [from, to] = (await requireRoles(store, [
    { argument: 'from', slug: fromSlug },
    { argument: 'to', slug: toSlug },
  ])) as [RoleEntity, RoleEntity];
  const [toSkills = [], fromSkills = []] = await store.neighbours('Role.skills', [to.slug, from.slug]);
  const have = new Set(fromSkills.map((link) => link.skill.slug));
  const missing = toSkills.filter((link) => !have.has(link.skill.slug)).map((link) => link.skill.slug);
  const prerequisites = await prerequisiteClosure(store, missing);
  return { from, to, ...computeSkillGap(have, toSkills, prerequisites) };
}

export interface LearnerSkillGapResult extends SkillGapResult {
  readonly to: RoleEntity;
  readonly have: readonly SkillEntity[];
}

export const maxLearnerSkills = 200;

/** What a learner holding the skills `have` must learn for role `to`. Unknown skills are the caller's error. */
export async function learnerSkillGap(
  store: GraphStore,
  haveSlugs: readonly string[],
  toSlug: string,
): Promise<LearnerSkillGapResult> {
  if (haveSlugs.length > maxLearnerSkills) {
    throw new InvalidInputError(
      `have lists ${haveSlugs.length} skills; at most ${maxLearnerSkills}.`,
      'have',
      { max: maxLearnerSkills },
    );
  }
  const unique = [...new Set(haveSlugs)];
  const [[to], skills] = await Promise.all([
    requireRoles(store, [{ argument: 'to', slug: toSlug }]),
    store.nodesBySlug('Skill', unique),
  ]);
  const unknown = unique.filter((_, index) => skills[index] === null);
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `have: no skill has the slug ${unknown.map((slug) => `"${slug}"`).join(', ')}.`,
      'have',
      { slugs: unknown },
    );
  }
  const have = new Set(unique);
  const [toSkills = []] = await store.neighbours('Role.skills', [toSlug]);
  const prerequisites = await prerequisiteClosure(
    store,
    toSkills.filter((link) => !have.has(link.skill.slug)).map((link) => link.skill.slug),
  );
  return {
    to: to as RoleEntity,
    have: (skills as SkillEntity[]).sort(byName),
    ...computeSkillGap(have, toSkills, prerequisites),
  };
}

/**
 * Every PREREQUISITE_OF link above the given skills, fetched level by level (one store call per level),
 * so that learning order holds through skills outside the gap too.
 */
export async function prerequisiteClosure(
  store: GraphStore,
  skills: readonly string[],
): Promise<PrerequisitePair[]> {
  const links: PrerequisitePair[] = [];
  const seen = new Set(skills);
  let frontier = [...seen];
  while (frontier.length > 0) {
    const parents = await store.neighbours('Skill.prerequisites', frontier);
    const next: string[] = [];
    parents.forEach((list, index) => {
      for (const { node: parent } of list) {
        links.push({ from: parent.slug, to: frontier[index] as string });
        if (!seen.has(parent.slug)) {
          seen.add(parent.slug);
          next.push(parent.slug);
        }
      }
    });
    frontier = next;
  }
  return links;
}
