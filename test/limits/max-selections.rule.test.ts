import { maxSelectionsRule } from '../../src/server/limits/max-selections.rule';
import { doublingFragments, errorsOf, extensionsOf } from './harness';

describe('maxSelectionsRule', () => {
  it('accepts as many selections as the limit, counting fragment spreads and inline fragments', () => {
    // person, ...F, name, ... on Person, best, name: six selections.
    const query =
      '{ person(name: "a") { ...F ... on Person { best { name } } } } fragment F on Person { name }';
    expect(errorsOf([maxSelectionsRule(6, 10)], query)).toEqual([]);
    expect(extensionsOf([maxSelectionsRule(5, 10)], query)).toEqual([
      { code: 'TOO_MANY_SELECTIONS', limit: 5 },
    ]);
  });

  it('stops expanding 60 levels of doubling fragments at the limit', () => {
    expect(extensionsOf([maxSelectionsRule(2_000, Number.MAX_SAFE_INTEGER)], doublingFragments(60))).toEqual([
      { code: 'TOO_MANY_SELECTIONS', limit: 2_000 },
    ]);
  });

  it('refuses more repeats of one field on one place of the answer than allowed, naming the place', () => {
    const repeated = (times: number) => `{ people { ${'friends { name } '.repeat(times)}} }`;
    expect(errorsOf([maxSelectionsRule(1_000, 3)], repeated(3))).toEqual([]);
    expect(extensionsOf([maxSelectionsRule(1_000, 3)], repeated(4))).toEqual([
      { code: 'TOO_MANY_SELECTIONS', path: 'people.friends', limit: 3 },
    ]);
  });

  it('counts repeats that fragments bring to one place, and below it', () => {
    // Two fragments each select best { name }: best lands twice on people, and so does best.name.
    const query =
      '{ people { ...A ...B } } fragment A on Person { best { name } } fragment B on Person { best { name } }';
    expect(errorsOf([maxSelectionsRule(100, 2)], query)).toEqual([]);
    expect(extensionsOf([maxSelectionsRule(100, 1)], query)).toEqual([
      { code: 'TOO_MANY_SELECTIONS', path: 'people.best', limit: 1 },
    ]);
  });

  it('counts a response key, so aliases land on places of their own', () => {
    expect(errorsOf([maxSelectionsRule(100, 1)], '{ people { a: name b: name } }')).toEqual([]);
    expect(extensionsOf([maxSelectionsRule(100, 1)], '{ people { a: name a: name } }')).toEqual([
      { code: 'TOO_MANY_SELECTIONS', path: 'people.a', limit: 1 },
    ]);
  });
});
