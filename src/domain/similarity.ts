import type { Importance } from './enums';
import { compareText } from './ordering';

/** What similarity between roles is computed from. */
export interface RoleProfile {
  readonly slug: string;
  readonly skills: readonly { readonly slug: string; readonly importance: Importance }[];
  readonly technologies: readonly string[];
  /** Roles this one transitions to or from. */
  readonly transitionPartners: readonly string[];
}

export interface RelatedRoleResult {
  readonly role: string;
  /** 0..1, rounded to four decimals so that every store reports the same figure. */
  readonly score: number;
  /** Slugs of the skills both roles require, heaviest first, then by slug. */
  readonly sharedSkills: readonly string[];
}

/** A core skill says more about a role than a preferred one or a technology. */
export const featureWeights = { CORE: 2, PREFERRED: 1, technology: 1 } as const;
/** Added when one role leads directly to the other: a real career move makes roles closer. */
export const transitionBonus = 0.15;

type Features = Map<string, number>;

function featuresOf(profile: RoleProfile): Features {
  const features: Features = new Map();
  for (const skill of profile.skills) features.set(`skill:${skill.slug}`, featureWeights[skill.importance]);
  for (const technology of profile.technologies)
    features.set(`technology:${technology}`, featureWeights.technology);
  return features;
}

/** Weighted Jaccard: sum of the smaller weights over sum of the larger, over the union of features. */
export function weightedJaccard(a: Features, b: Features): number {
  let shared = 0;
  let union = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    shared += Math.min(x, y);
    union += Math.max(x, y);
  }
  return union === 0 ? 0 : shared / union;
}

/**
 * Roles most similar to `slug`: weighted Jaccard over skills (core weighing more) and technologies,
 * plus a bonus for a direct transition either way, capped at 1. Symmetric by construction; ties are
 * broken by slug. Roles with a zero score are left out.
 */
export function findRelatedRoles(
  slug: string,
  profiles: readonly RoleProfile[],
  first: number,
): RelatedRoleResult[] {
  const own = profiles.find((profile) => profile.slug === slug);
  if (own === undefined) return [];
  const ownFeatures = featuresOf(own);
  const partners = new Set(own.transitionPartners);
  const ownSkills = new Map(own.skills.map((skill) => [skill.slug, featureWeights[skill.importance]]));

  return profiles
    .filter((other) => other.slug !== slug)
    .map((other) => {
      const direct = partners.has(other.slug) || other.transitionPartners.includes(slug);
      const score = Math.min(
        1,
        weightedJaccard(ownFeatures, featuresOf(other)) + (direct ? transitionBonus : 0),
      );
      const sharedSkills = other.skills
        .filter((skill) => ownSkills.has(skill.slug))
        .map((skill) => ({
          slug: skill.slug,
          weight: featureWeights[skill.importance] + (ownSkills.get(skill.slug) ?? 0),
        }))
        .sort((a, b) => b.weight - a.weight || compareText(a.slug, b.slug))
        .map((skill) => skill.slug);
      return { role: other.slug, score: Math.round(score * 10000) / 10000, sharedSkills };
    })
    .filter((related) => related.score > 0)
    .sort((a, b) => b.score - a.score || compareText(a.role, b.role))
    .slice(0, first);
}
