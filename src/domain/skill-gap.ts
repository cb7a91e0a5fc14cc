import Heap from 'mnemonist/heap';
import type { RoleSkillLink, SkillEntity } from './entities';
import { byImportanceThenSkill, byName } from './ordering';

/** A PREREQUISITE_OF link by slugs: learn `from` before `to`. */
export interface PrerequisitePair {
  readonly from: string;
  readonly to: string;
}

export interface SkillGapResult {
  /** Skills the target requires that the starting point lacks: CORE first, then by name. */
  readonly missing: readonly RoleSkillLink[];
  /** Skills both require, by name. */
  readonly shared: readonly SkillEntity[];
  /** The missing skills in an order that never puts a skill before one of its prerequisites. */
  readonly learningOrder: readonly SkillEntity[];
}

/**
 * What someone holding `have` must learn for a role requiring `target`.
 * `prerequisites` are PREREQUISITE_OF links (from: learn first, to: builds on it) covering at least the
 * ancestors of every missing skill, so that an order also holds through skills outside the gap.
 */
export function computeSkillGap(
  have: ReadonlySet<string>,
  target: readonly RoleSkillLink[],
  prerequisites: readonly PrerequisitePair[],
): SkillGapResult {
  const missing = target.filter((link) => !have.has(link.skill.slug)).sort(byImportanceThenSkill);
  const shared = target
    .filter((link) => have.has(link.skill.slug))
    .map((link) => link.skill)
    .sort(byName);
  return { missing, shared, learningOrder: orderForLearning(missing, prerequisites) };
}

/**
 * Kahn's topological sort over the missing skills, where A must precede B when A is an ancestor of B
 * in the prerequisite graph (directly or through skills outside the gap). Where the order is free, CORE
 * skills come before PREFERRED ones, then by name, so the plan is deterministic.
 */
export function orderForLearning(
  missing: readonly RoleSkillLink[],
  prerequisites: readonly PrerequisitePair[],
): SkillEntity[] {
  const parents = new Map<string, string[]>();
  for (const link of prerequisites) parents.set(link.to, [...(parents.get(link.to) ?? []), link.from]);
  const inGap = new Map(missing.map((link) => [link.skill.slug, link]));

  // For each missing skill, the missing skills among its ancestors.
  const mustFollow = new Map<string, Set<string>>();
  for (const slug of inGap.keys()) {
    const ancestors = new Set<string>();
    const stack = [...(parents.get(slug) ?? [])];
    while (stack.length > 0) {
      const ancestor = stack.pop() as string;
      if (ancestors.has(ancestor)) continue;
      ancestors.add(ancestor);
      stack.push(...(parents.get(ancestor) ?? []));
    }
    mustFollow.set(slug, new Set([...ancestors].filter((ancestor) => inGap.has(ancestor))));
  }

  const waitingOn = new Map([...mustFollow].map(([slug, before]) => [slug, before.size]));
  const ready = new Heap<RoleSkillLink>(byImportanceThenSkill);
  for (const [slug, count] of waitingOn) if (count === 0) ready.push(inGap.get(slug) as RoleSkillLink);
  const order: SkillEntity[] = [];
  while (ready.size > 0) {
    const next = ready.pop() as RoleSkillLink;
    order.push(next.skill);
    for (const [slug, before] of mustFollow) {
      if (!before.has(next.skill.slug)) continue;
      const left = (waitingOn.get(slug) as number) - 1;
      waitingOn.set(slug, left);
      if (left === 0) ready.push(inGap.get(slug) as RoleSkillLink);
    }
  }
  return order;
}
