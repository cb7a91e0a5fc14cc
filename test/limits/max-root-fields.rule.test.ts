import { maxRootFieldsRule } from '../../src/server/limits/max-root-fields.rule';
import { errorsOf, extensionsOf } from './harness';

describe('maxRootFieldsRule', () => {
  const rule = maxRootFieldsRule(2);

  it('accepts as many root fields as the limit, however deep they go', () => {
    expect(errorsOf([rule], '{ count people { name friends { name } } }')).toEqual([]);
  });

  it('refuses more with TOO_MANY_ROOT_FIELDS, the count and the limit', () => {
    expect(extensionsOf([rule], '{ count named { name } people { name } }')).toEqual([
      { code: 'TOO_MANY_ROOT_FIELDS', rootFields: 3, limit: 2 },
    ]);
  });

  it('counts root fields brought in by fragments, each use', () => {
    const query = '{ ...R ... on Query { ...R } } fragment R on Query { count }';
    expect(errorsOf([rule], query)).toEqual([]);
    expect(extensionsOf([maxRootFieldsRule(1)], query)).toEqual([
      { code: 'TOO_MANY_ROOT_FIELDS', rootFields: 2, limit: 1 },
    ]);
  });
});
