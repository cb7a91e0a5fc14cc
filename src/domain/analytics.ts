import type { SkillEntity, TechnologyEntity, TransitionEntity } from './entities';
import { TransitionKind, valuesOf, type Importance } from './enums';
import { byName } from './ordering';

/** How many roles require a skill (own and inherited requirements), split by the grade they give it. */
export interface SkillDemandEntry {
  readonly skill: SkillEntity;
  readonly roles: number;
  readonly core: number;
  readonly preferred: number;
  readonly common: number;
  readonly trend: number;
  readonly interview: number;
}

/** Zero counts for a skill, to add requirements to. */
export function emptyDemand(skill: SkillEntity): SkillDemandEntry {
  return { skill, roles: 0, core: 0, preferred: 0, common: 0, trend: 0, interview: 0 };
}

const demandField = {
  CORE: 'core',
  PREFERRED: 'preferred',
  COMMON: 'common',
  TREND: 'trend',
  INTERVIEW: 'interview',
} as const satisfies Record<Importance, keyof SkillDemandEntry>;

/** The entry with one more role requiring the skill at this grade. */
export function countDemand(entry: SkillDemandEntry, importance: Importance): SkillDemandEntry {
  const field = demandField[importance];
  return { ...entry, roles: entry.roles + 1, [field]: entry[field] + 1 };
}

/** How many roles use a technology. */
export interface TechnologyUsageEntry {
  readonly technology: TechnologyEntity;
  readonly roles: number;
}

/** Figures for one kind of career move. */
export interface TransitionKindStats {
  readonly kind: TransitionKind;
  readonly count: number;
  /** How many of them state a typical duration: the figures below are over these only. */
  readonly withYears: number;
  readonly medianYears: number | null;
  readonly minYears: number | null;
  readonly maxYears: number | null;
}

/** Most demanded first: by roles, then core requirements, then skill name. */
export function byDemand(a: SkillDemandEntry, b: SkillDemandEntry): number {
  return b.roles - a.roles || b.core - a.core || byName(a.skill, b.skill);
}

/** Most used first: by roles, then technology name. */
export function byUsage(a: TechnologyUsageEntry, b: TechnologyUsageEntry): number {
  return b.roles - a.roles || byName(a.technology, b.technology);
}

/** The middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Per transition kind, in the vocabulary's order, every kind present even when no move has it. */
export function transitionStatistics(transitions: readonly TransitionEntity[]): TransitionKindStats[] {
  return valuesOf(TransitionKind).map((kind) => {
    const ofKind = transitions.filter((transition) => transition.kind === kind);
    const years = ofKind.flatMap((transition) =>
      transition.typicalYears === null ? [] : [transition.typicalYears],
    );
    return {
      kind,
      count: ofKind.length,
      withYears: years.length,
      medianYears: median(years),
      minYears: years.length > 0 ? Math.min(...years) : null,
      maxYears: years.length > 0 ? Math.max(...years) : null,
    };
  });
}
