import { parse } from 'graphql';
import { defaultQueryLimits } from '../../src/server/limits';
import { DocumentChecks } from '../../src/server/limits/document-checks';
import { testSchema } from './harness';

const codes = (checks: DocumentChecks, query: string) =>
  checks.errorsOf(parse(query)).map((error) => error.extensions.code);

describe('DocumentChecks', () => {
  const checks = new DocumentChecks(testSchema, { ...defaultQueryLimits, maxDepth: 2 }, true);

  it('passes a valid document within the limits', () => {
    expect(codes(checks, '{ person(name: "a") { name } }')).toEqual([]);
  });

  it("answers graphql-js's validation errors with GRAPHQL_VALIDATION_FAILED, every one", () => {
    expect(codes(checks, '{ person(name: "a") { nam } peple { name } }')).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
    ]);
  });

  it("checks the limits first, and runs graphql-js's rules only on a document within them", () => {
    // Too deep and invalid: only the limit is reported, graphql-js's rules never saw the document.
    expect(codes(checks, '{ person(name: "a") { best { best { nam } } } }')).toEqual(['QUERY_TOO_DEEP']);
  });

  it('refuses introspection when it is switched off', () => {
    const closed = new DocumentChecks(testSchema, defaultQueryLimits, false);
    expect(new Set(codes(closed, '{ __schema { types { name } } }'))).toEqual(
      new Set(['GRAPHQL_VALIDATION_FAILED']),
    );
    expect(codes(closed, '{ count }')).toEqual([]);
  });

  it('keeps its verdict per parsed document', () => {
    const document = parse('{ person(name: "a") { nam } }');
    expect(checks.errorsOf(document)).toBe(checks.errorsOf(document));
  });
});
