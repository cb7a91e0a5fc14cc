import { maxDepthRule } from '../../src/server/limits/max-depth.rule';
import { doublingFragments, errorsOf, extensionsOf } from './harness';

const rule = maxDepthRule(3, 6);
const ofType = (levels: number): string => (levels === 0 ? 'name' : `name ofType { ${ofType(levels - 1)} }`);

describe('maxDepthRule', () => {
  it('accepts an operation as deep as the limit', () => {
    expect(errorsOf([rule], '{ person(name: "a") { best { name } } }')).toEqual([]);
  });

  it('refuses one level more with QUERY_TOO_DEEP, the depth and the limit', () => {
    expect(extensionsOf([rule], '{ person(name: "a") { best { best { name } } } }')).toEqual([
      { code: 'QUERY_TOO_DEEP', depth: 4, limit: 3 },
    ]);
  });

  it.each([
    ['a named fragment', '{ person(name: "a") { ...F } } fragment F on Person { best { best { name } } }'],
    ['an inline fragment', '{ person(name: "a") { ... on Person { best { best { name } } } } }'],
    [
      'a fragment inside a fragment',
      '{ person(name: "a") { ...F } } fragment F on Person { ...G } fragment G on Person { best { best { name } } }',
    ],
  ])('counts depth through %s', (_name, query) => {
    expect(extensionsOf([rule], query)).toEqual([{ code: 'QUERY_TOO_DEEP', depth: 4, limit: 3 }]);
  });

  it('lets an introspection-only operation nest to the introspection limit, and no deeper', () => {
    expect(errorsOf([rule], `{ __schema { types { ${ofType(3)} } } }`)).toEqual([]);
    expect(extensionsOf([rule], `{ __schema { types { ${ofType(4)} } } }`)).toEqual([
      { code: 'QUERY_TOO_DEEP', depth: 7, limit: 6 },
    ]);
  });

  it('ends the introspection allowance when a data field is asked for too', () => {
    expect(extensionsOf([rule], `{ count __schema { types { ${ofType(3)} } } }`)).toEqual([
      { code: 'QUERY_TOO_DEEP', depth: 6, limit: 3 },
    ]);
  });

  it('measures a fragment spread inside itself without looping (validation refuses it elsewhere)', () => {
    expect(errorsOf([rule], '{ person(name: "a") { ...F } } fragment F on Person { best { ...F } }')).toEqual(
      [],
    );
  });

  it('measures 60 levels of doubling fragments (2^60 fields expanded) by measuring each fragment once', () => {
    expect(errorsOf([maxDepthRule(3, 3)], doublingFragments(60))).toEqual([]);
    expect(extensionsOf([maxDepthRule(1, 1)], doublingFragments(60, 'best { name }'))).toEqual([
      { code: 'QUERY_TOO_DEEP', depth: 3, limit: 1 },
    ]);
  });
});
