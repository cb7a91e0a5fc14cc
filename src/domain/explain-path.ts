import type { TransitionKind } from './enums';
import type { CareerPathResult } from './career-paths';

const phrases: Record<TransitionKind, [singular: string, plural: string]> = {
  PROMOTION: ['promotion', 'promotions'],
  SPECIALIZATION: ['specialisation', 'specialisations'],
  LATERAL: ['lateral move', 'lateral moves'],
  TO_MANAGEMENT: ['move to management', 'moves to management'],
};
const order: readonly TransitionKind[] = ['PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT'];

/** A path in plain words: "3 promotions and 1 move to management, about 9 years". */
export function explainPath(path: Pick<CareerPathResult, 'steps' | 'totalYears'>): string {
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
  if (path.totalYears === null) return `${moves}, duration unknown`;
  const years = Math.round(path.totalYears * 2) / 2;
  return `${moves}, about ${years} year${years === 1 ? '' : 's'}`;
}
