import type { RoleEntity, RoleTechnologyLink, SkillEntity, TechnologyEntity } from '../domain/entities';
import { InvalidInputError } from '../domain/invalid-input-error';
import { byName, importanceRank } from '../domain/ordering';
import { skillsCreditedBy } from '../domain/technology-credit';
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

/** A skill a learner did not list but holds through technologies they listed (APPLIES). */
export interface CreditedSkill {
  readonly skill: SkillEntity;
  /** The listed technologies that count toward it. */
  readonly through: readonly TechnologyEntity[];
}

export interface LearnerSkillGapResult extends SkillGapResult {
  readonly to: RoleEntity;
  /** The skills the learner listed, by name. */
  readonly have: readonly SkillEntity[];
  /** The technologies the learner listed, by name. */
  readonly haveTechnologies: readonly TechnologyEntity[];
  /** Skills not listed that listed technologies count toward, by name. */
  readonly creditedSkills: readonly CreditedSkill[];
  /** Technologies the role uses that the learner listed, by name. */
  readonly sharedTechnologies: readonly TechnologyEntity[];
  /** Technologies the role uses that the learner did not list: strongest grade first, then by name. */
  readonly missingTechnologies: readonly RoleTechnologyLink[];
}

export const maxLearnerSkills = 200;

/**
 * What a learner holding the skills and technologies `have` must learn for role `to`. A slug may name a
 * skill or a technology (or both, where the ESCO layer has a skill of a technology's name: both count).
 * A technology counts toward every skill the graph applies with it (domain/technology-credit.ts), and
 * toward the role's technologies. A slug that names neither is the caller's error.
 */
export async function learnerSkillGap(
  store: GraphStore,
  haveSlugs: readonly string[],
  toSlug: string,
): Promise<LearnerSkillGapResult> {
  if (haveSlugs.length > maxLearnerSkills) {
    throw new InvalidInputError(
      `have lists ${haveSlugs.length} skills and technologies; at most ${maxLearnerSkills}.`,
      'have',
      { max: maxLearnerSkills },
    );
  }
  const unique = [...new Set(haveSlugs)];
  const [[to], skills, technologies] = await Promise.all([
    requireRoles(store, [{ argument: 'to', slug: toSlug }]),
    store.nodesBySlug('Skill', unique),
    store.nodesBySlug('Technology', unique),
  ]);
  const unknown = unique.filter((_, index) => skills[index] === null && technologies[index] === null);
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `have: no skill or technology has the slug ${unknown.map((slug) => `"${slug}"`).join(', ')}.`,
      'have',
      { slugs: unknown },
    );
  }
  const listedSkills = skills.filter((skill): skill is SkillEntity => skill !== null);
  const listedTechnologies = technologies.filter(
    (technology): technology is TechnologyEntity => technology !== null,
  );
  const technologySlugs = listedTechnologies.map((technology) => technology.slug);
  const [appliedSkills, [toSkills = []], [toTechnologies = []]] = await Promise.all([
    store.neighbours('Technology.skills', technologySlugs),
    store.neighbours('Role.skills', [toSlug]),
    store.neighbours('Role.technologies', [toSlug]),
  ]);
  const skillsBySlug = new Map<string, SkillEntity>();
  const applies = technologySlugs.flatMap((technology, index) =>
    (appliedSkills[index] ?? []).map(({ node }) => {
      skillsBySlug.set(node.slug, node);
      return { skill: node.slug, technology };
    }),
  );
  const credited = skillsCreditedBy(technologySlugs, applies);
  const listed = new Set(listedSkills.map((skill) => skill.slug));
  const have = new Set([...listed, ...credited.keys()]);
  const technologyBySlug = new Map(listedTechnologies.map((technology) => [technology.slug, technology]));
  const prerequisites = await prerequisiteClosure(
    store,
    toSkills.filter((link) => !have.has(link.skill.slug)).map((link) => link.skill.slug),
  );
  const heldTechnologies = new Set(technologySlugs);
  return {
    to: to as RoleEntity,
    have: listedSkills.sort(byName),
    haveTechnologies: [...listedTechnologies].sort(byName),
    creditedSkills: [...credited]
      .filter(([skill]) => !listed.has(skill))
      .map(([skill, through]) => ({
        skill: skillsBySlug.get(skill) as SkillEntity,
        through: through.map((slug) => technologyBySlug.get(slug) as TechnologyEntity),
      }))
      .sort((a, b) => byName(a.skill, b.skill)),
    sharedTechnologies: toTechnologies
      .filter((link) => heldTechnologies.has(link.technology.slug))
      .map((link) => link.technology)
      .sort(byName),
    missingTechnologies: toTechnologies
      .filter((link) => !heldTechnologies.has(link.technology.slug))
      .sort(
        (a, b) =>
          importanceRank[a.importance] - importanceRank[b.importance] || byName(a.technology, b.technology),
      ),
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
