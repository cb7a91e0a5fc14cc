import { mulberry32 } from './random';
import type {
  HireLink,
  IndustryEntity,
  Link,
  RoleEntity,
  SalaryEntity,
  SkillEntity,
  SourceEntity,
  TechnologyEntity,
  TransitionEntity,
} from '../src/domain/entities';
import type { Evidence } from '../src/domain/entities';
import {
  DataModel,
  RoleFamily,
  Seniority,
  SkillCategory,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
  valuesOf,
} from '../src/domain/enums';
import type { GradedLink, SeedGraph } from '../src/seed/seed-graph';

export type Random = () => number;

export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below);
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[randomInt(random, items.length)] as T;
}

export const LEVELS = 10;
/** Management roles start at this level (a first-line manager is not an entry-level job). */
const FIRST_MANAGEMENT_LEVEL = 3;
const SKILL_COUNT = 200;
const REQUIREMENTS_PER_ROLE = 5;
const TECHNOLOGIES_PER_ROLE = 2;
const SOURCE = 'bench-generated';
const sources = [SOURCE] as const;
/** Every generated fact cites line 1 of the generated "document": one shared item, as the seed loader shares them. */
const evidence: readonly Evidence[] = [
  Object.freeze({
    source: SOURCE,
    lines: { start: 1, end: 1 },
    uri: null,
    basis: 'STATED' as const,
    note: null,
    about: null,
  }),
];
/** What every generated fact carries: its source and evidence. */
const sourced = { sources, evidence } as const;
/** What every generated node carries besides its own fields. */
const named = { aliasEvidence: [], externalIds: [], ...sourced } as const;

const icFamilies = valuesOf(RoleFamily).filter((family) => family !== 'MANAGEMENT');
const managementFamilies: RoleFamily[] = ['MANAGEMENT', 'ENGINEERING'];
const icSeniority: Seniority[] = [
  'ENTRY',
  'JUNIOR',
  'MID',
  'MID',
  'SENIOR',
  'SENIOR',
  'STAFF',
  'STAFF',
  'PRINCIPAL',
  'DISTINGUISHED',
];
const managementSeniority = (level: number): Seniority =>
  level <= 5 ? 'MANAGER' : level <= 7 ? 'DIRECTOR' : 'EXECUTIVE';

const technologies: TechnologyEntity[] = [
  ['typescript', 'TypeScript', TechnologyKind.LANGUAGE, null, null],
  ['java', 'Java', TechnologyKind.LANGUAGE, null, null],
  ['python', 'Python', TechnologyKind.LANGUAGE, null, null],
  ['go', 'Go', TechnologyKind.LANGUAGE, null, null],
  ['react', 'React', TechnologyKind.FRAMEWORK, null, null],
  ['spring', 'Spring', TechnologyKind.FRAMEWORK, null, null],
  ['django', 'Django', TechnologyKind.FRAMEWORK, null, null],
  ['postgresql', 'PostgreSQL', TechnologyKind.DATABASE, DataModel.RELATIONAL, null],
  ['redis', 'Redis', TechnologyKind.DATABASE, DataModel.KEY_VALUE, null],
  ['neo4j', 'Neo4j', TechnologyKind.DATABASE, DataModel.GRAPH, null],
  ['docker', 'Docker', TechnologyKind.TOOL, null, ToolCategory.CONTAINERS],
  ['kubernetes', 'Kubernetes', TechnologyKind.TOOL, null, ToolCategory.ORCHESTRATION],
  ['terraform', 'Terraform', TechnologyKind.TOOL, null, ToolCategory.INFRASTRUCTURE_AS_CODE],
  ['git', 'Git', TechnologyKind.TOOL, null, ToolCategory.VERSION_CONTROL],
  ['aws', 'AWS', TechnologyKind.PLATFORM, null, null],
  ['gcp', 'Google Cloud', TechnologyKind.PLATFORM, null, null],
].map(([slug, name, kind, dataModel, toolCategory]) => ({
  slug: slug as string,
  name: name as string,
  kind: kind as TechnologyKind,
  aliases: [],
  description: null,
  dataModel: dataModel as DataModel | null,
  toolCategory: toolCategory as ToolCategory | null,
  ...named,
}));

const frameworkLanguages: Link[] = [
  { from: 'react', to: 'typescript', ...sourced },
  { from: 'spring', to: 'java', ...sourced },
  { from: 'django', to: 'python', ...sourced },
];

const industries: IndustryEntity[] = ['fintech', 'healthcare', 'retail', 'gaming', 'public-sector'].map(
  (slug) => ({
    slug,
    name: slug.replace('-', ' '),
    aliases: [],
    description: null,
    // Industries hold no external ids: the seed's industry file has no such key.
    aliasEvidence: [],
    ...sourced,
  }),
);

/** Typical years in a role before a move: mostly 1 to 4 in half years, one move in ten unknown. */
function typicalYears(random: Random): number | null {
  if (random() < 0.1) return null;
  return 1 + randomInt(random, 7) / 2;
}

/**
 * A synthetic but plausible career graph of `roleCount` roles (`role-0` ...), each with about
 * `transitionsPerRole` outgoing transitions (1 fewer to 1 more, evenly), deterministic for a given seed.
 *
 * Roles sit on levels 0..9, spread evenly, each with a family and a track (about 85% individual
 * contributor, the rest management from level 3). Moves mostly go up one level (PROMOTION) or stay on
 * the level (LATERAL, or SPECIALIZATION into another family), individual contributors can move into
 * management (TO_MANAGEMENT), and a few moves go down a level. Targets favour the same family. There are
 * no self loops and no duplicate (from, to) pairs. Each role requires 5 of 200 skills and uses 2
 * technologies, so every store index has realistic work to do.
 */
export function generateSeedGraph(roleCount: number, transitionsPerRole: number, seed: number): SeedGraph {
  const random = mulberry32(seed);
  const source: SourceEntity = {
    slug: SOURCE,
    title: 'Generated benchmark graph',
    publisher: 'ARTICLE',
    document: 'generated.txt',
    description: `${roleCount} generated roles, seed ${seed}`,
    licence: null,
    attribution: null,
    url: null,
  };

  // Roles: level by index so every level holds about a tenth of them.
  const roles: RoleEntity[] = [];
  const levelOf: number[] = [];
  /** Role indexes by `${level}|${track}` and by `${level}|${track}|${family}`. */
  const buckets = new Map<string, number[]>();
  const addToBucket = (bucketKey: string, index: number) => {
    const bucket = buckets.get(bucketKey);
    if (bucket) bucket.push(index);
    else buckets.set(bucketKey, [index]);
  };
  for (let i = 0; i < roleCount; i++) {
    const level = Math.floor((i * LEVELS) / roleCount);
    const management = level >= FIRST_MANAGEMENT_LEVEL && random() < 0.2;
    const track: Track = management ? Track.MANAGEMENT : Track.INDIVIDUAL_CONTRIBUTOR;
    const family = management ? pick(random, managementFamilies) : pick(random, icFamilies);
    const seniority = management ? managementSeniority(level) : (icSeniority[level] as Seniority);
    const noun = management ? 'Manager' : 'Engineer';
    const familyWord = family.charAt(0) + family.slice(1).toLowerCase().replace('_', ' ');
    const minYears = level;
    roles.push({
      slug: `role-${i}`,
      name: `${seniority.charAt(0)}${seniority.slice(1).toLowerCase()} ${familyWord} ${noun} ${i}`,
      aliases: random() < 0.3 ? [`${familyWord} ${noun} L${level} #${i}`] : [],
      description:
        random() < 0.5 ? `Level ${level} ${familyWord.toLowerCase()} ${noun.toLowerCase()}.` : null,
      family,
      seniority,
      track,
      experience: random() < 0.7 ? { min: minYears, max: random() < 0.8 ? minYears + 3 : null } : null,
      occupation: null,
      qualifications: [],
      workSettings: [],
      comparisons: [],
      ...named,
    });
    levelOf.push(level);
    addToBucket(`${level}|${track}`, i);
    addToBucket(`${level}|${track}|${family}`, i);
  }

  // A target on a level and track, of the same family two times in three when there is one.
  const target = (level: number, track: Track, family: RoleFamily): number | null => {
    if (level < 0 || level >= LEVELS) return null;
    const sameFamily = buckets.get(`${level}|${track}|${family}`);
    if (sameFamily && random() < 0.67) return pick(random, sameFamily);
    const any = buckets.get(`${level}|${track}`);
    return any ? pick(random, any) : null;
  };

  const transitions: TransitionEntity[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < roleCount; i++) {
    const role = roles[i] as RoleEntity;
    const level = levelOf[i] as number;
    const track = role.track as Track;
    // 1 fewer to 1 more than asked, so the mean is `transitionsPerRole`.
    const wanted = Math.max(1, transitionsPerRole - 1 + randomInt(random, 3));
    taken.clear();
    let attempts = 0;
    while (taken.size < wanted && attempts < wanted * 10) {
      attempts++;
      const roll = random();
      let kind: TransitionKind;
      let to: number | null;
      if (roll < 0.45) {
        kind = TransitionKind.PROMOTION;
        to = target(level + 1, track, role.family);
      } else if (roll < 0.65) {
        kind = TransitionKind.LATERAL;
        to = target(level, track, role.family);
      } else if (roll < 0.8) {
        kind = TransitionKind.SPECIALIZATION;
        const other = pick(random, track === Track.MANAGEMENT ? managementFamilies : icFamilies);
        to = target(level + randomInt(random, 2), track, other);
      } else if (roll < 0.92 && track === Track.INDIVIDUAL_CONTRIBUTOR) {
        kind = TransitionKind.TO_MANAGEMENT;
        to = target(
          Math.max(level, FIRST_MANAGEMENT_LEVEL) + randomInt(random, 2) - 1,
          Track.MANAGEMENT,
          'MANAGEMENT',
        );
      } else {
        // A step down: a move to another family, or back from management to hands-on work.
        kind = TransitionKind.LATERAL;
        const back = track === Track.MANAGEMENT && random() < 0.5;
        to = back
          ? target(level - 1, Track.INDIVIDUAL_CONTRIBUTOR, pick(random, icFamilies))
          : target(
              level - 1,
              track,
              pick(random, track === Track.MANAGEMENT ? managementFamilies : icFamilies),
            );
      }
      if (to === null || to === i || taken.has(to)) continue;
      taken.add(to);
      transitions.push({
        from: role.slug,
        to: `role-${to}`,
        kind,
        typicalYears: typicalYears(random),
        inheritedFrom: null,
        ...sourced,
      });
    }
  }

  const categories = valuesOf(SkillCategory);
  const skills: SkillEntity[] = [];
  for (let s = 0; s < SKILL_COUNT; s++) {
    const category = categories[s % categories.length] as SkillCategory;
    skills.push({
      slug: `skill-${s}`,
      name: `${category.charAt(0)}${category.slice(1).toLowerCase()} skill ${s}`,
      aliases: [],
      category,
      description: null,
      skillType: null,
      ...named,
    });
  }
  // Prerequisites only from a lower to a higher index, so they form no cycle.
  const prerequisites: Link[] = [];
  const relatedSkills: Link[] = [];
  const skillTechnologies: Link[] = [];
  for (let s = 1; s < SKILL_COUNT; s++) {
    if (random() < 0.5)
      prerequisites.push({ from: `skill-${randomInt(random, s)}`, to: `skill-${s}`, ...sourced });
    if (random() < 0.3)
      relatedSkills.push({ from: `skill-${randomInt(random, s)}`, to: `skill-${s}`, ...sourced });
  }
  for (let s = 0; s < SKILL_COUNT; s++) {
    if (random() < 0.4)
      skillTechnologies.push({ from: `skill-${s}`, to: pick(random, technologies).slug, ...sourced });
  }

  const requirements: GradedLink[] = [];
  const roleTechnologies: GradedLink[] = [];
  const hires: HireLink[] = [];
  const salaries: SalaryEntity[] = [];
  const chosen = new Set<number>();
  for (let i = 0; i < roleCount; i++) {
    const role = roles[i] as RoleEntity;
    chosen.clear();
    while (chosen.size < REQUIREMENTS_PER_ROLE) chosen.add(randomInt(random, SKILL_COUNT));
    let n = 0;
    for (const s of chosen) {
      requirements.push({
        role: role.slug,
        target: `skill-${s}`,
        importance: n++ < 3 ? 'CORE' : 'PREFERRED',
        inheritedFrom: null,
        ...sourced,
      });
    }
    chosen.clear();
    while (chosen.size < TECHNOLOGIES_PER_ROLE) chosen.add(randomInt(random, technologies.length));
    for (const t of chosen)
      roleTechnologies.push({
        role: role.slug,
        target: (technologies[t] as TechnologyEntity).slug,
        importance: 'COMMON',
        inheritedFrom: null,
        ...sourced,
      });
    if (random() < 0.1)
      hires.push({ industry: pick(random, industries).slug, role: role.slug, emphasis: null, ...sourced });
    if (random() < 0.2) {
      const min = 50000 + (levelOf[i] as number) * 15000;
      salaries.push({
        role: role.slug,
        region: 'US',
        currency: 'USD',
        min,
        max: min + 30000,
        period: 'YEAR',
        source: SOURCE,
        experience: null,
        ...sourced,
      });
    }
  }

  return {
    release: {
      version: '0.0.0',
      released: '2026-01-01',
      recordedHash: '0'.repeat(64),
      description: `generated: ${roleCount} roles, seed ${seed}`,
    },
    sources: [source],
    roles,
    skills,
    technologies,
    industries,
    requirements,
    roleTechnologies,
    transitions,
    prerequisites,
    relatedSkills,
    skillTechnologies,
    frameworkLanguages,
    hires,
    salaries,
  };
}
