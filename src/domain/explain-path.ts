import type { TransitionKind } from './enums';
import type { CareerPathResult } from './career-paths';

const phrases: Record<TransitionKind, [singular: string, plural: string]> = {
  PROMOTION: ['promotion', 'promotions'],
  SPECIALIZATION: ['specialisation', 'specialisations'],
  LATERAL: ['lateral move', 'lateral moves'],
  TO_MANAGEMENT: ['move to management', 'moves to management'],
};
const order: readonly TransitionKind[] = ['PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT'];

const years = (value: number) => `${value} year${value === 1 ? '' : 's'}`;

/** What the explanation needs to know of a role on the path. */
export interface RoleThreshold {
  readonly name: string;
  /** The least years of experience the role asks for; null when no source states it. */
  readonly minYears: number | null;
}

/**
 * A path in plain words, with where its timing comes from: "3 promotions; at least 5 years: Senior
 * Backend Developer asks for 5+ years of experience; 1 step is a reading of the sources".
 */
export function explainPath(
  path: Pick<CareerPathResult, 'steps' | 'totalYears' | 'minYears' | 'minYearsSetBy' | 'inferredSteps'>,
  roleOf: (slug: string) => RoleThreshold | undefined,
): string {
  const counts = new Map<TransitionKind, number>();
  for (const step of path.steps) counts.set(step.kind, (counts.get(step.kind) ?? 0) + 1);
  const parts = order
    .filter((kind) => counts.has(kind))
    .map((kind) => {
      const count = counts.get(kind) as number;
      return `${count} ${phrases[kind][count === 1 ? 0 : 1]}`;
    });
  const moves =
    parts.length <= 1
      ? (parts[0] ?? 'no moves')
      : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  const setter = path.minYearsSetBy === null ? undefined : roleOf(path.minYearsSetBy);
  const timing =
    path.totalYears !== null
      ? `about ${years(Math.round(path.totalYears * 2) / 2)}, as every move states its duration`
      : setter !== undefined && setter.minYears !== null
        ? `at least ${years(path.minYears)}: ${setter.name} asks for ${setter.minYears}+ years of experience; no source states how long the moves take`
        : 'no source states how long the moves take, and no role on the way asks for more experience than the first';
  const readings =
    path.inferredSteps === 0
      ? ''
      : `; ${path.inferredSteps} ${path.inferredSteps === 1 ? 'step is a reading' : 'steps are readings'} of the sources, not stated moves`;
  return `${moves}; ${timing}${readings}`;
}
