import type {
  RoleEntity,
  RoleSkillLink,
  RoleTechnologyLink,
  SkillEntity,
  TechnologyEntity,
} from '../entities';
import { byImportanceThenSkill, byName, importanceRank } from '../ordering';
import { featureWeights } from '../similarity';
import { TopRanked } from '../top-ranked';

/** What a role requires and uses: Role.skills and Role.technologies, own and inherited from the occupation. */
export interface RoleRequirements {
  readonly role: RoleEntity;
  readonly skills: readonly RoleSkillLink[];
  readonly technologies: readonly RoleTechnologyLink[];
}

/** What a text says someone knows: the skills and technologies it names, and what the technologies earn. */
export interface TextEvidence {
  /** Slugs of the skills named, with the skills crosswalked to them. */
  readonly skills: ReadonlySet<string>;
  /** Slugs of the technologies named, with those crosswalked to them. */
  readonly technologies: ReadonlySet<string>;
  /** Skills the named technologies count toward (APPLIES), each with the technologies that earn it. */
  readonly skillsThrough: ReadonlyMap<string, readonly TechnologyEntity[]>;
  /** How many distinct skills and technologies the text names: its side of the comparison. */
  readonly namedCount: number;
}

/** A required skill the text covers, and how: named itself, or earned through technologies it names. */
export interface SkillCoverage {
  readonly skill: SkillEntity;
  readonly named: boolean;
  /** Named technologies that count toward it (empty when only named itself). */
  readonly through: readonly TechnologyEntity[];
}

export interface RoleFitResult {
  readonly role: RoleEntity;
  /** 0..1, rounded to four decimals: the F0.5 of `explained` and `coveredShare`. */
  readonly score: number;
  /** Whether the text names the role itself (by its name or an alias). */
  readonly named: boolean;
  /** Share of what the text names that the role requires or uses (0..1). */
  readonly explained: number;
  /** Share of the role's requirements and technologies, weighted by grade, that the text covers (0..1). */
  readonly coveredShare: number;
  /** Required skills the text covers, by name. */
  readonly covered: readonly SkillEntity[];
  readonly coverage: readonly SkillCoverage[];
  /** Required skills the text does not cover: core first, then by name. */
  readonly missing: readonly RoleSkillLink[];
  /** Technologies the role uses that the text names, by name. */
  readonly coveredTechnologies: readonly TechnologyEntity[];
  /** Technologies the role uses that the text does not name: strongest grade first, then by name. */
  readonly missingTechnologies: readonly RoleTechnologyLink[];
}

const roundScore = (score: number) => Math.round(score * 10000) / 10000;
/** Precision weighs this much more than recall in the fit (F-beta with beta = 0.5). */
const beta = 0.5;
/** A role the text names (a job ad's title, "I am a platform engineer") closes this share of the gap to 1. */
export const namedRoleBonus = 0.3;

/**
 * How well a text fits a role, from two shares:
 *
 * - explained: of the skills and technologies the text names, the share the role requires or uses (a
 *   technology also counts when it is applied with a skill the role requires: APPLIES);
 * - covered: of what the role requires and uses, weighted by grade (domain/similarity.ts's weights: a
 *   core requirement 4, a trend 1), the share the text covers.
 *
 * The score is their F0.5, which weighs `explained` more: a job ad or a CV names a part of a role, and
 * a broad role (the backend occupation lists 150 requirements) should win over a narrow one that happens
 * to share one word with the text, without a narrow role losing when the text is about it.
 *
 * A role the text names by its name or an alias gains `namedRoleBonus` of what separates its score
 * from 1: the narrow roles of the guide (a security engineer requires two skills) are told apart by
 * their titles more than by their short lists.
 */
export function fitRole(
  requirements: RoleRequirements,
  evidence: TextEvidence,
  named = false,
): RoleFitResult {
  let totalWeight = 0;
  let coveredWeight = 0;
  const coverage: SkillCoverage[] = [];
  const missing: RoleSkillLink[] = [];
  for (const link of requirements.skills) {
    totalWeight += featureWeights[link.importance];
    const named = evidence.skills.has(link.skill.slug);
    const through = evidence.skillsThrough.get(link.skill.slug) ?? [];
    if (named || through.length > 0) {
      coveredWeight += featureWeights[link.importance];
      coverage.push({ skill: link.skill, named, through });
    } else missing.push(link);
  }
  const coveredTechnologies: TechnologyEntity[] = [];
  const missingTechnologies: RoleTechnologyLink[] = [];
  for (const link of requirements.technologies) {
    totalWeight += featureWeights[link.importance];
    if (evidence.technologies.has(link.technology.slug)) {
      coveredWeight += featureWeights[link.importance];
      coveredTechnologies.push(link.technology);
    } else missingTechnologies.push(link);
  }
  // Named things the role accounts for: its named skills and technologies, and technologies it does not
  // use that count toward a skill it requires.
  const used = new Set(coveredTechnologies.map((technology) => technology.slug));
  const earning = new Set(
    coverage
      .flatMap((item) => item.through.map((technology) => technology.slug))
      .filter((slug) => !used.has(slug)),
  );
  const accounted = coverage.filter((item) => item.named).length + used.size + earning.size;
  const explained = evidence.namedCount === 0 ? 0 : Math.min(1, accounted / evidence.namedCount);
  const covered = totalWeight === 0 ? 0 : coveredWeight / totalWeight;
  const score = combine(explained, covered, named);

  coverage.sort((a, b) => byName(a.skill, b.skill));
  return {
    role: requirements.role,
    score,
    named,
    explained: roundScore(explained),
    coveredShare: roundScore(covered),
    covered: coverage.map((item) => item.skill),
    coverage,
    missing: missing.sort(byImportanceThenSkill),
    coveredTechnologies: coveredTechnologies.sort(byName),
    missingTechnologies: missingTechnologies.sort(
      (a, b) =>
        importanceRank[a.importance] - importanceRank[b.importance] || byName(a.technology, b.technology),
    ),
  };
}

/** The roles a text fits best, best first (ties by role name), at most `first`; none it shares nothing with. */
export function bestRoleFits(
  roles: readonly RoleRequirements[],
  evidence: TextEvidence,
  first: number,
  namedRoles: ReadonlySet<string> = new Set(),
): RoleFitResult[] {
  // Score every role first (cheap), then build the full answer, lists sorted, for the best only.
  const best = new TopRanked<{ score: number; requirements: RoleRequirements }>(
    first,
    (a, b) => b.score - a.score || byName(a.requirements.role, b.requirements.role),
  );
  for (const requirements of roles) {
    const score = scoreRole(requirements, evidence, namedRoles.has(requirements.role.slug));
    if (score > 0) best.offer({ score, requirements });
  }
  return best
    .items()
    .map(({ requirements }) => fitRole(requirements, evidence, namedRoles.has(requirements.role.slug)));
}

/** fitRole's score alone, without building its lists. */
function scoreRole(requirements: RoleRequirements, evidence: TextEvidence, named: boolean): number {
  if (evidence.namedCount === 0) return named ? roundScore(namedRoleBonus) : 0;
  let totalWeight = 0;
  let coveredWeight = 0;
  let accounted = 0;
  const earning = new Set<string>();
  for (const link of requirements.skills) {
    const weight = featureWeights[link.importance];
    totalWeight += weight;
    const isNamed = evidence.skills.has(link.skill.slug);
    const through = evidence.skillsThrough.get(link.skill.slug);
    if (isNamed || through !== undefined) {
      coveredWeight += weight;
      if (isNamed) accounted++;
      for (const technology of through ?? []) earning.add(technology.slug);
    }
  }
  for (const link of requirements.technologies) {
    const weight = featureWeights[link.importance];
    totalWeight += weight;
    if (evidence.technologies.has(link.technology.slug)) {
      coveredWeight += weight;
      accounted++;
      earning.delete(link.technology.slug);
    }
  }
  return combine(
    Math.min(1, (accounted + earning.size) / evidence.namedCount),
    totalWeight === 0 ? 0 : coveredWeight / totalWeight,
    named,
  );
}

/** The F0.5 of the two shares, raised for a role the text names. */
function combine(explained: number, covered: number, named: boolean): number {
  const fit =
    explained === 0 || covered === 0
      ? 0
      : ((1 + beta * beta) * explained * covered) / (beta * beta * explained + covered);
  return roundScore(named ? fit + (1 - fit) * namedRoleBonus : fit);
}
