import type { RoleSkillLink, SalaryEntity, TransitionEntity } from './entities';
import type { Importance } from './enums';

/**
 * The one definition of list order that every store must give, so that two stores answer alike.
 * Names compare by their lower-case form, code point by code point (what Cypher's ORDER BY toLower() does),
 * then by slug, which is unique.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `compareText(a.toLowerCase(), b.toLowerCase())`, without making the two lower-case strings while the
 * letters are ASCII: sorting a 100,000-role graph's lists by name made and dropped millions of them.
 * Up to the first difference, ASCII letters lower-case one to one, so the first ASCII difference decides;
 * a non-ASCII character before it (whose lower case may be longer) falls back to the plain comparison.
 */
export function compareLowerCase(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  for (let at = 0; at < shorter; at++) {
    let x = a.charCodeAt(at);
    let y = b.charCodeAt(at);
    if (x > 127 || y > 127) return compareText(a.toLowerCase(), b.toLowerCase());
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return x < y ? -1 : 1;
  }
  // One is the other's start: no character lower-cases to nothing, so the shorter comes first.
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export function byName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return compareLowerCase(a.name, b.name) || compareText(a.slug, b.slug);
}

/** Sources: by title as names compare, then by slug. */
export function byTitle(a: { title: string; slug: string }, b: { title: string; slug: string }): number {
  return compareLowerCase(a.title, b.title) || compareText(a.slug, b.slug);
}

/** Strongest first: the order of Importance's values. */
export const importanceRank: Readonly<Record<Importance, number>> = {
  CORE: 0,
  PREFERRED: 1,
  COMMON: 2,
  TREND: 3,
  INTERVIEW: 4,
};

/** The stronger of two grades. */
export function strongerImportance(a: Importance, b: Importance): Importance {
  return importanceRank[a] <= importanceRank[b] ? a : b;
}

/** Strongest grade first (CORE first), then by skill name. */
export function byImportanceThenSkill(a: RoleSkillLink, b: RoleSkillLink): number {
  return (
    importanceRank[a.importance] - importanceRank[b.importance] ||
    byName(a.skill, b.skill) ||
    byName(a.role, b.role)
  );
}

/** Strongest grade first, then by role name: the roles that require a skill. */
export function byImportanceThenRole(a: RoleSkillLink, b: RoleSkillLink): number {
  return (
    importanceRank[a.importance] - importanceRank[b.importance] ||
    byName(a.role, b.role) ||
    byName(a.skill, b.skill)
  );
}

/** A role's outgoing moves (nextRoles, and path search's adjacency): by target role, then source role. */
export function byTransitionEnds(a: TransitionEntity, b: TransitionEntity): number {
  return compareText(a.to, b.to) || compareText(a.from, b.from);
}

/** A role's incoming moves (previousRoles, and path search's adjacency): by source role, then target role. */
export function byTransitionStarts(a: TransitionEntity, b: TransitionEntity): number {
  return compareText(a.from, b.from) || compareText(a.to, b.to);
}

export function bySalary(a: SalaryEntity, b: SalaryEntity): number {
  return (
    compareText(a.region, b.region) ||
    compareText(a.currency, b.currency) ||
    compareText(a.period, b.period) ||
    a.min - b.min ||
    a.max - b.max ||
    compareText(a.source, b.source)
  );
}
