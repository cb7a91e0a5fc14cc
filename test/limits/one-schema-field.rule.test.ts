import { OneSchemaFieldRule } from '../../src/server/limits/one-schema-field.rule';
import { errorsOf, extensionsOf } from './harness';

describe('OneSchemaFieldRule', () => {
  it('accepts one __schema, and any number of __type and __typename', () => {
    const query = '{ __schema { types { name } } a: __type(name: "Person") { name } __typename }';
    expect(errorsOf([OneSchemaFieldRule], query)).toEqual([]);
  });

  it.each([
    ['aliases', '{ a: __schema { types { name } } b: __schema { types { name } } }'],
    ['a fragment used twice', '{ ...S ...S } fragment S on Query { __schema { types { name } } }'],
    [
      'an inline fragment',
      '{ __schema { types { name } } ... on Query { __schema { queryType { name } } } }',
    ],
  ])('refuses a second __schema through %s with TOO_MANY_SCHEMA_FIELDS', (_name, query) => {
    expect(extensionsOf([OneSchemaFieldRule], query)).toEqual([
      { code: 'TOO_MANY_SCHEMA_FIELDS', schemaFields: 2, limit: 1 },
    ]);
  });
});
