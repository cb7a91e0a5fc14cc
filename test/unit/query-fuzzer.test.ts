import {
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { buildCareerGraphSchema } from '../../src/api/schema';
import { createQueryFuzzer, fuzzQueries, type FuzzCase } from '../support/query-fuzzer';

/*
 * test/e2e/abuse.test.ts trusts the fuzzer to send well-formed documents, documents with mistakes and
 * broken text, and to say which it sent. These tests check that on the real schema, as graphql-js tests
 * its own fuzz generator.
 */

/** The seed test/e2e/abuse.test.ts uses, and how many cases it sends. */
const abuseSeed = 20240601;
const abuseCases = 1200;

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildCareerGraphSchema();
});

const isBroken = (fuzzCase: FuzzCase) => fuzzCase.tricks.some((trick) => trick.startsWith('broken:'));

function parsed(query: string): DocumentNode | null {
  try {
    return parse(query);
  } catch {
    return null;
  }
}

/** Deepest field nesting of a document's operations, following fragments (root fields are depth 1). */
function depthOf(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const depth = (set: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + depth(selection.selectionSet, seen));
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        deepest = Math.max(deepest, depth(selection.selectionSet, seen));
      else if (!seen.has(selection.name.value))
        deepest = Math.max(
          deepest,
          depth(fragments.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value])),
        );
    }
    return deepest;
  };
  return Math.max(
    0,
    ...document.definitions.map((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION ? depth(definition.selectionSet, new Set()) : 0,
    ),
  );
}

/** Names of the variables the document's operations declare. */
const declaredVariables = (document: DocumentNode): string[] =>
  document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value)
      : [],
  );

/** Aliased fields at the root of the document's operations (and of a fragment on Query). */
const rootAliases = (document: DocumentNode): number =>
  document.definitions
    .flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION
        ? definition.selectionSet.selections
        : [],
    )
    .filter((selection) => selection.kind === Kind.FIELD && selection.alias !== undefined).length;

describe('the query fuzzer', () => {
  it('gives the same sequence for the same seed', () => {
    expect(fuzzQueries(schema, 50, abuseSeed)).toEqual(fuzzQueries(schema, 50, abuseSeed));
  });

  it('gives another sequence for another seed', () => {
    expect(fuzzQueries(schema, 50, abuseSeed + 1)).not.toEqual(fuzzQueries(schema, 50, abuseSeed));
  });

  it('numbers the cases of a sequence from 0', () => {
    expect(fuzzQueries(schema, 20, abuseSeed).map((fuzzCase) => fuzzCase.index)).toEqual(
      Array.from({ length: 20 }, (_, index) => index),
    );
  });

  it.each([0, 0.15, 0.5, 1])('breaks a share of about %p of the cases when told to', (brokenShare) => {
    const next = createQueryFuzzer(schema, { seed: abuseSeed, brokenShare });
    const cases = Array.from({ length: 1000 }, next);
    const share = cases.filter(isBroken).length / cases.length;
    expect(Math.abs(share - brokenShare)).toBeLessThanOrEqual(0.03);
  });

  describe('the cases the abuse suite sends', () => {
    let cases: FuzzCase[];
    let wellFormed: { fuzzCase: FuzzCase; document: DocumentNode | null }[];
    beforeAll(() => {
      cases = fuzzQueries(schema, abuseCases, abuseSeed);
      wellFormed = cases
        .filter((fuzzCase) => !isBroken(fuzzCase))
        .map((fuzzCase) => ({ fuzzCase, document: parsed(fuzzCase.query) }));
    });
    const withTrick = (trick: string) => wellFormed.filter(({ fuzzCase }) => fuzzCase.tricks.includes(trick));
    const documentsOf = (items: typeof wellFormed) =>
      items.map(({ document }) => document).filter((document) => document !== null);

    it.each([
      'alias-storm',
      'deep',
      'extra-variable',
      'inline-fragment',
      'missing-argument',
      'named-fragment',
      'unknown-argument',
      'unknown-input-field',
      'variable-missing',
      'variable-type-mismatch',
      'variables',
      'wrong-type',
      'broken:bad-character',
      'broken:duplicate-operation',
      'broken:empty',
      'broken:missing-selection',
      'broken:stray-brace',
      'broken:truncated',
      'broken:unknown-directive',
      'broken:unknown-field',
      'broken:unknown-fragment-type',
      'broken:unterminated-string',
    ])('include %s', (trick) => {
      expect(cases.some((fuzzCase) => fuzzCase.tricks.includes(trick))).toBe(true);
    });

    it('write every case that is not broken on purpose as a document that parses', () => {
      const unparsed = wellFormed
        .filter(({ document }) => document === null)
        .map(({ fuzzCase }) => fuzzCase.query);
      expect(unparsed).toEqual([]);
    });

    it('nest a case at most 6 fields deep unless it says "deep"', () => {
      const shallow = documentsOf(wellFormed.filter(({ fuzzCase }) => !fuzzCase.tricks.includes('deep')));
      expect(Math.max(...shallow.map(depthOf))).toBeLessThanOrEqual(6);
    });

    it('nest some "deep" cases deeper than the server allows (MAX_QUERY_DEPTH, 10)', () => {
      expect(documentsOf(withTrick('deep')).some((document) => depthOf(document) > 10)).toBe(true);
    });

    it('alias more than 10 root fields in every "alias-storm" case', () => {
      const storms = documentsOf(withTrick('alias-storm'));
      expect(storms.length).toBeGreaterThan(0);
      expect(storms.every((document) => rootAliases(document) > 10)).toBe(true);
    });

    it('define the fragment Root in every "named-fragment" case', () => {
      const named = withTrick('named-fragment');
      expect(named.length).toBeGreaterThan(0);
      for (const { fuzzCase } of named) expect(fuzzCase.query).toMatch(/fragment Root on Query/);
    });

    it('send exactly the variables a case declares, unless it says one is missing or extra', () => {
      const mismatched = wellFormed
        .filter(
          ({ fuzzCase }) =>
            !fuzzCase.tricks.includes('variable-missing') && !fuzzCase.tricks.includes('extra-variable'),
        )
        .filter(({ fuzzCase, document }) => {
          const declared = document ? declaredVariables(document).sort() : [];
          return JSON.stringify(declared) !== JSON.stringify(Object.keys(fuzzCase.variables).sort());
        })
        .map(({ fuzzCase }) => fuzzCase.index);
      expect(mismatched).toEqual([]);
    });

    it('leave a declared variable without a value in every "variable-missing" case', () => {
      const missing = withTrick('variable-missing');
      expect(missing.length).toBeGreaterThan(0);
      for (const { fuzzCase, document } of missing) {
        const sent = new Set(Object.keys(fuzzCase.variables));
        expect(declaredVariables(document as DocumentNode).some((name) => !sent.has(name))).toBe(true);
      }
    });

    it('send an undeclared variable, unused, in every "extra-variable" case', () => {
      const extra = withTrick('extra-variable');
      expect(extra.length).toBeGreaterThan(0);
      for (const { fuzzCase, document } of extra) {
        expect(fuzzCase.variables.unused).toBe('x');
        expect(declaredVariables(document as DocumentNode)).not.toContain('unused');
      }
    });
  });

  describe('broken cases', () => {
    let broken: FuzzCase[];
    beforeAll(() => {
      broken = Array.from({ length: 1500 }, createQueryFuzzer(schema, { seed: abuseSeed, brokenShare: 1 }));
    });

    // Stray braces, bad characters and unknown directives may land in a string or miss their mark, so
    // some of those still read as valid; these kinds never do.
    it.each([
      'truncated',
      'unknown-field',
      'missing-selection',
      'unknown-fragment-type',
      'duplicate-operation',
      'empty',
      'unterminated-string',
    ])('make every broken:%s case fail to parse or validate', (kind) => {
      const ofKind = broken.filter((fuzzCase) => fuzzCase.tricks[0] === `broken:${kind}`);
      expect(ofKind.length).toBeGreaterThan(0);
      const accepted = ofKind.filter((fuzzCase) => {
        const document = parsed(fuzzCase.query);
        return document !== null && validate(schema, document).length === 0;
      });
      expect(accepted.map((fuzzCase) => fuzzCase.query)).toEqual([]);
    });

    it('carry one trick each, which names the kind of damage, and no variables', () => {
      expect(broken.every((fuzzCase) => fuzzCase.tricks.length === 1 && isBroken(fuzzCase))).toBe(true);
      expect(broken.every((fuzzCase) => Object.keys(fuzzCase.variables).length === 0)).toBe(true);
    });
  });
});
