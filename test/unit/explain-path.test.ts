import type { TransitionEntity } from '../../src/domain/entities';
import type { TransitionKind } from '../../src/domain/enums';
import { explainPath, type RoleThreshold } from '../../src/domain/explain-path';

const stated = [
  { source: 'test-source', lines: { start: 1, end: 1 }, uri: null, basis: 'STATED', note: null, about: null },
] as const;

function step(kind: TransitionKind, typicalYears: number | null = null): TransitionEntity {
  return {
    from: 'a',
    to: 'b',
    kind,
    typicalYears,
    sources: ['test-source'],
    evidence: stated,
    inheritedFrom: null,
  };
}

const steps = (...kinds: TransitionKind[]) => kinds.map((kind) => step(kind));
const roles: Record<string, RoleThreshold> = {
  senior: { name: 'Senior Backend Developer', minYears: 5 },
};
const roleOf = (slug: string) => roles[slug];
const path = (over: Partial<Parameters<typeof explainPath>[0]>) => ({
  steps: steps('PROMOTION'),
  totalYears: null,
  minYears: 0,
  minYearsSetBy: null,
  inferredSteps: 0,
  ...over,
});

describe('explainPath', () => {
  it('counts the moves by kind, in a fixed order joined with commas and "and"', () => {
    const text = explainPath(
      path({ steps: steps('TO_MANAGEMENT', 'LATERAL', 'SPECIALIZATION', 'PROMOTION', 'LATERAL') }),
      roleOf,
    );
    expect(text.startsWith('1 promotion, 1 specialisation, 2 lateral moves and 1 move to management;')).toBe(
      true,
    );
  });

  it('uses plural phrases for every kind', () => {
    const text = explainPath(
      path({ steps: steps('SPECIALIZATION', 'SPECIALIZATION', 'TO_MANAGEMENT', 'TO_MANAGEMENT') }),
      roleOf,
    );
    expect(text.startsWith('2 specialisations and 2 moves to management;')).toBe(true);
  });

  it('names the role whose experience threshold sets the lower bound, and says no move is timed', () => {
    expect(
      explainPath(
        path({ steps: steps('PROMOTION', 'PROMOTION'), minYears: 5, minYearsSetBy: 'senior' }),
        roleOf,
      ),
    ).toBe(
      '2 promotions; at least 5 years: Senior Backend Developer asks for 5+ years of experience; no source states how long the moves take',
    );
  });

  it('says there is no bound when no role asks for more experience than the first', () => {
    expect(explainPath(path({}), roleOf)).toBe(
      '1 promotion; no source states how long the moves take, and no role on the way asks for more experience than the first',
    );
  });

  it('gives the stated total, to the half year, only when every move states a duration', () => {
    expect(
      explainPath(path({ steps: [step('PROMOTION', 2), step('PROMOTION', 1.8)], totalYears: 3.8 }), roleOf),
    ).toBe('2 promotions; about 4 years, as every move states its duration');
    expect(explainPath(path({ steps: [step('LATERAL', 1)], totalYears: 1 }), roleOf)).toBe(
      '1 lateral move; about 1 year, as every move states its duration',
    );
  });

  it('says how many steps are readings rather than stated moves', () => {
    expect(explainPath(path({ inferredSteps: 1 }), roleOf)).toMatch(
      /; 1 step is a reading of the sources, not stated moves$/,
    );
    expect(explainPath(path({ steps: steps('PROMOTION', 'PROMOTION'), inferredSteps: 2 }), roleOf)).toMatch(
      /; 2 steps are readings of the sources, not stated moves$/,
    );
  });
});
