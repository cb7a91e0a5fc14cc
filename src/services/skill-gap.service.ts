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
 * What someone in role `from` must learn to become `to`. Someone in a role also holds the core skills
 * of the roles promoted into it (a Senior Backend Developer was a Mid-Level one), since the sources
 * list for each level only what it adds; a lower rung's preferred skills are not assumed.
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
  const ladder = await promotedFrom(store, from.slug);
  const skillLists = await store.neighbours('Role.skills', [to.slug, from.slug, ...ladder]);
  const [toSkills = [], fromSkills = [], ...ladderSkills] = skillLists;
  const have = new Set([
    ...fromSkills.map((link) => link.skill.slug),
    ...ladderSkills
      .flat()
      .filter((link) => link.importance === 'CORE')
      .map((link) => link.skill.slug),
  ]);
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

/** Roles that lead to `role` by promotions only, nearest first (one store call per rung). */
export async function promotedFrom(store: GraphStore, role: string): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set([role]);
  let frontier = [role];
  while (frontier.length > 0) {
    const incoming = (await store.neighbours('Role.previousRoles', frontier)).flat();
    frontier = incoming.filter((t) => t.kind === 'PROMOTION' && !seen.has(t.from)).map((t) => t.from);
    frontier = [...new Set(frontier)];
    for (const slug of frontier) seen.add(slug);
    found.push(...frontier);
  }
  return found;
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
      for (const parent of list) {
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
