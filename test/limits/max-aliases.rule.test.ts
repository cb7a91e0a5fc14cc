import { maxAliasesRule } from '../../src/server/limits/max-aliases.rule';
import { doublingFragments, errorsOf, extensionsOf } from './harness';

describe('maxAliasesRule', () => {
  const rule = maxAliasesRule(2);

  it('accepts as many aliases as the limit', () => {
    expect(errorsOf([rule], '{ a: person(name: "a") { name } b: count }')).toEqual([]);
  });

  it('refuses more with TOO_MANY_ALIASES, the count and the limit', () => {
    expect(extensionsOf([rule], '{ a: count b: count c: count }')).toEqual([
      { code: 'TOO_MANY_ALIASES', aliases: 3, limit: 2 },
    ]);
  });

  it('counts the aliases of a fragment each time it is used', () => {
    const query = '{ person(name: "a") { ...F best { ...F } } } fragment F on Person { n: name }';
    expect(extensionsOf([maxAliasesRule(1)], query)).toEqual([
      { code: 'TOO_MANY_ALIASES', aliases: 2, limit: 1 },
    ]);
  });

  it('counts 2^40 aliases in 40 levels of doubling fragments without expanding them', () => {
    expect(extensionsOf([rule], doublingFragments(40, 'n: name'))).toEqual([
      { code: 'TOO_MANY_ALIASES', aliases: 2 ** 40, limit: 2 },
    ]);
  });
});
