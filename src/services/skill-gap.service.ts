import type { RoleEntity, RoleSkillLink } from '../domain/entities';
import { computeSkillGap, type PrerequisitePair, type SkillGapResult } from '../domain/skill-gap';
import type { GraphStore } from '../store/graph-store';
import { requireRoles } from './role-lookup';

export interface RoleSkillGap extends SkillGapResult {
  readonly from: RoleEntity;
  readonly to: RoleEntity;
}

/** What someone in role `from` must learn to become `to`. */
export async function roleSkillGap(
  store: GraphStore,
  fromSlug: string,
  toSlug: string,
): Promise<RoleSkillGap> {
  const [from, to] = (await requireRoles(store, [
    { argument: 'from', slug: fromSlug },
    { argument: 'to', slug: toSlug },
  ])) as [RoleEntity, RoleEntity];
  const [fromSkills, toSkills] = (await store.neighbours('Role.skills', [from.slug, to.slug])) as [
    RoleSkillLink[],
    RoleSkillLink[],
  ];
  const have = new Set(fromSkills.map((link) => link.skill.slug));
  const missing = toSkills.filter((link) => !have.has(link.skill.slug)).map((link) => link.skill.slug);
  const prerequisites = await prerequisiteClosure(store, missing);
  return { from, to, ...computeSkillGap(have, toSkills, prerequisites) };
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
