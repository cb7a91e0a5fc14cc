import type { Importance } from './enums';
import { compareText } from './ordering';

/** A skill or technology in a role's profile, with the grade the role gives it. */
export interface ProfileFeature {
  readonly slug: string;
  readonly importance: Importance;
  /**
   * The concept the node stands for (domain/same-concept.ts): two roles share a feature when they
   * require or use nodes of one concept, such as a guide skill and the ESCO skill it is crosswalked to.
   */
  readonly concept: string;
}

/** What similarity between roles is computed from: what the role requires and uses, own and inherited. */
export interface RoleProfile {
  readonly slug: string;
  readonly skills: readonly ProfileFeature[];
  readonly technologies: readonly ProfileFeature[];
  /** Roles this one transitions to or from. */
  readonly transitionPartners: readonly string[];
}

export interface RelatedRoleResult {
  readonly role: string;
  /** 0..1, rounded to four decimals so that every store reports the same figure. */
  readonly score: number;
  /** Slugs of the skills both roles require, heaviest first, then by slug. */
  readonly sharedSkills: readonly string[];
  /** Slugs of the technologies both roles use, by slug. */
  readonly sharedTechnologies: readonly string[];
  /** The Jaccard's numerator: the sum of the smaller weights of the features both roles have. */
  readonly sharedWeight: number;
  /** Its denominator: the sum of the larger weights over every feature either role has. */
  readonly unionWeight: number;
  /** Whether one role leads directly to the other (the transition bonus applies). */
  readonly direct: boolean;
}

/**
 * How much a skill or technology says about a role, by the grade the role gives it: a core requirement
 * says most, a trend or an interview topic least. Whole numbers, so sums of weights are exact.
 */
export const featureWeights: Readonly<Record<Importance, number>> = {
  CORE: 4,
  PREFERRED: 2,
  COMMON: 2,
  TREND: 1,
  INTERVIEW: 1,
};
/** Added when one role leads directly to the other: a real career move makes roles closer. */
export const transitionBonus = 0.15;

/** The weights in words, for explanations: "core 4, preferred or common 2, trend or interview 1". */
const weightLegend = [...new Set(Object.values(featureWeights))]
  .sort((a, b) => b - a)
  .map((weight) => {
    const grades = (Object.keys(featureWeights) as Importance[])
      .filter((grade) => featureWeights[grade] === weight)
      .map((grade) => grade.toLowerCase());
    return `${grades.join(' or ')} ${weight}`;
  })
  .join(', ');

/** Concept to weight. */
export type Features = Map<string, number>;

/**
 * A role's features by concept, each with the heaviest grade the role gives any node of it: a role that
 * requires a skill and uses a technology of one concept holds that concept once.
 */
export function featuresOf(profile: RoleProfile): Features {
  const features: Features = new Map();
  const add = (feature: ProfileFeature) => {
    const weight = featureWeights[feature.importance];
    if (weight > (features.get(feature.concept) ?? 0)) features.set(feature.concept, weight);
  };
  profile.skills.forEach(add);
  profile.technologies.forEach(add);
  return features;
}

/** The sum of the smaller weights (shared) and of the larger (union), over the union of features. */
function overlapOf(a: Features, b: Features): { shared: number; union: number } {
  let shared = 0;
  let union = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    shared += Math.min(x, y);
    union += Math.max(x, y);
  }
  return { shared, union };
}

/** Weighted Jaccard: sum of the smaller weights over sum of the larger, over the union of features. */
export function weightedJaccard(a: Features, b: Features): number {
  const { shared, union } = overlapOf(a, b);
  return union === 0 ? 0 : shared / union;
}

export const roundScore = (score: number) => Math.round(score * 10000) / 10000;
/** Highest score first, ties by slug: the order of every related-roles answer. */
export const byScoreThenRole = (a: { score: number; role: string }, b: { score: number; role: string }) =>
  b.score - a.score || compareText(a.role, b.role);

/**
 * The skills of `other` whose concept the owner of `ownFeatures` (concept to weight) also holds,
 * heaviest pair first: `other`'s own nodes, so a guide role's related ESCO occupation lists ESCO skills.
 */
export function sharedSkillsOf(ownFeatures: ReadonlyMap<string, number>, other: RoleProfile): string[] {
  return other.skills
    .filter((skill) => ownFeatures.has(skill.concept))
    .map((skill) => ({
      slug: skill.slug,
      weight: featureWeights[skill.importance] + (ownFeatures.get(skill.concept) ?? 0),
    }))
    .sort((a, b) => b.weight - a.weight || compareText(a.slug, b.slug))
    .map((skill) => skill.slug);
}

/** The technologies of `other` whose concept the owner of `ownFeatures` also holds, by slug. */
export const sharedTechnologiesOf = (
  ownFeatures: ReadonlyMap<string, number>,
  other: RoleProfile,
): string[] => {
  const shared = other.technologies
    .filter((technology) => ownFeatures.has(technology.concept))
    .map((technology) => technology.slug);
  return [...new Set(shared)].sort(compareText);
};

/**
 * Roles most similar to `slug`: weighted Jaccard over skills (core weighing more) and technologies,
 * plus a bonus for a direct transition either way, capped at 1. Symmetric by construction; ties are
 * broken by slug. Roles with a zero score are left out.
 *
 * The definition, by brute force over every profile; RelatedRolesIndex (domain/related-roles-index.ts)
 * answers the same without visiting every role.
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

  return profiles
    .filter((other) => other.slug !== slug)
    .map((other) => {
      const direct = partners.has(other.slug) || other.transitionPartners.includes(slug);
      const { shared, union } = overlapOf(ownFeatures, featuresOf(other));
      const score = Math.min(1, (union === 0 ? 0 : shared / union) + (direct ? transitionBonus : 0));
      return {
        role: other.slug,
        score: roundScore(score),
        sharedSkills: sharedSkillsOf(ownFeatures, other),
        sharedTechnologies: sharedTechnologiesOf(ownFeatures, other),
        sharedWeight: shared,
        unionWeight: union,
        direct,
      };
    })
    .filter((related) => related.score > 0)
    .sort(byScoreThenRole)
    .slice(0, first);
}

const plural = (count: number, one: string, many: string) =>
  `${count === 0 ? 'no' : count} ${count === 1 ? one : many}`;

/**
 * Why a role scored what it did, in plain words: what the two share, the weighted overlap the Jaccard
 * divides, and the transition bonus. The overlap explains a ranking that counts alone would not: a role
 * sharing one technology with a small profile can outrank one sharing a skill with a very large one.
 */
export function explainRelatedRole(
  related: Pick<
    RelatedRoleResult,
    'sharedSkills' | 'sharedTechnologies' | 'sharedWeight' | 'unionWeight' | 'direct'
  >,
): string {
  const shares = `Shares ${plural(related.sharedSkills.length, 'required skill', 'required skills')} and ${plural(
    related.sharedTechnologies.length,
    'technology',
    'technologies',
  )}`;
  const overlap =
    `${related.sharedWeight} of the ${related.unionWeight} weighted points the two roles hold together ` +
    `(${weightLegend})`;
  const move = related.direct ? `; one leads directly to the other (+${transitionBonus})` : '';
  return `${shares}: ${overlap}${move}.`;
}
