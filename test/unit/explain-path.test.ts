import type { TransitionEntity } from '../../src/domain/entities';
import type { TransitionKind } from '../../src/domain/enums';
import { explainPath } from '../../src/domain/explain-path';

function step(kind: TransitionKind, typicalYears: number | null = 1): TransitionEntity {
  return { from: 'a', to: 'b', kind, typicalYears, sources: ['test-source'] };
}

function steps(...kinds: TransitionKind[]): TransitionEntity[] {
  return kinds.map((kind) => step(kind));
}

describe('explainPath', () => {
  it('counts promotions and moves to management and states the years', () => {
    const path = { steps: steps('PROMOTION', 'PROMOTION', 'TO_MANAGEMENT', 'PROMOTION'), totalYears: 9 };
    expect(explainPath(path)).toBe('3 promotions and 1 move to management, about 9 years');
  });

  it('uses the singular for one step and one year', () => {
    expect(explainPath({ steps: [step('PROMOTION', 2)], totalYears: 2 })).toBe('1 promotion, about 2 years');
    expect(explainPath({ steps: [step('LATERAL', 1)], totalYears: 1 })).toBe('1 lateral move, about 1 year');
  });

  it('says the duration is unknown when totalYears is null', () => {
    expect(explainPath({ steps: [step('PROMOTION', null), step('PROMOTION', 2)], totalYears: null })).toBe(
      '2 promotions, duration unknown',
    );
  });

  it('lists kinds in a fixed order (promotion, specialisation, lateral, management), joined with commas and "and"', () => {
    const path = {
      steps: steps('TO_MANAGEMENT', 'LATERAL', 'SPECIALIZATION', 'PROMOTION', 'LATERAL'),
      totalYears: 10,
    };
    expect(explainPath(path)).toBe(
      '1 promotion, 1 specialisation, 2 lateral moves and 1 move to management, about 10 years',
    );
  });

  it('uses plural phrases for every kind', () => {
    const path = {
      steps: steps('SPECIALIZATION', 'SPECIALIZATION', 'TO_MANAGEMENT', 'TO_MANAGEMENT'),
      totalYears: null,
    };
    expect(explainPath(path)).toBe('2 specialisations and 2 moves to management, duration unknown');
  });

  it('rounds years to the nearest half year', () => {
    expect(explainPath({ steps: steps('PROMOTION', 'PROMOTION'), totalYears: 3.5 })).toBe(
      '2 promotions, about 3.5 years',
    );
    expect(explainPath({ steps: steps('PROMOTION', 'PROMOTION'), totalYears: 4.8 })).toBe(
      '2 promotions, about 5 years',
    );
  });

  it('says "no moves" for an empty path', () => {
    expect(explainPath({ steps: [], totalYears: 0 })).toBe('no moves, about 0 years');
  });
});
