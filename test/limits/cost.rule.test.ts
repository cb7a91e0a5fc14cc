import { parse, validate } from 'graphql';
import { costRule } from '../../src/server/cost/cost.rule';
import { doublingFragments, testSchema } from './harness';

const listSizes: Record<string, number> = { 'Query.people': 20, 'Person.friends': 10, 'Query.named': 5 };

/** The cost of a query, or the refusal's code, under a limit. */
function costOf(query: string, options: { maxCost?: number; variables?: Record<string, unknown> } = {}) {
  let cost: number | undefined;
  const errors = validate(testSchema, parse(query), [
    costRule({
      maxCost: options.maxCost ?? Number.MAX_SAFE_INTEGER,
      variables: options.variables ?? {},
      listSize: (coordinate) => listSizes[coordinate],
      onCost: (each) => (cost = each),
    }),
  ]);
  return { cost, errors: errors.map((error) => ({ message: error.message, ...error.extensions })) };
}

describe('costRule', () => {
  it('costs each field 1, and multiplies what a list selects by its size', () => {
    expect(costOf('{ count }').cost).toBe(1);
    // people: 1 + 20 x (name 1 + friends (1 + 10 x name 1)) = 1 + 20 x 12
    expect(costOf('{ people { name friends { name } } }').cost).toBe(1 + 20 * 12);
  });

  it('costs a list the graph does not bound as 1 plus what it selects', () => {
    expect(costOf('{ person(name: "a") { pets { ... on Dog { name } } } }').cost).toBe(3);
  });

  it('costs a selection on an interface or union at its costliest type', () => {
    const query = '{ named { name ... on Dog { barks } ... on Person { best { name friends { name } } } } }';
    // Person: name 1 + best (1 + name 1 + friends (1 + 10)) = 14, per item of 5.
    expect(costOf(query).cost).toBe(1 + 5 * 14);
  });

  it('counts a fragment each time it is used', () => {
    const query =
      '{ person(name: "a") { ...F best { ...F } } } fragment F on Person { name friends { name } }';
    expect(costOf(query).cost).toBe(1 + 12 + 1 + 12);
  });

  it('costs 60 levels of doubling fragments (2^60 fields) by costing each fragment once', () => {
    expect(costOf(doublingFragments(60)).cost).toBe(Math.min(1 + 2 ** 60, Number.MAX_SAFE_INTEGER));
  });

  it('leaves out fields that @skip or @include leave out, as execution will', () => {
    const query = 'query($all: Boolean!) { count people @include(if: $all) { name } }';
    expect(costOf(query, { variables: { all: false } }).cost).toBe(1);
    expect(costOf(query, { variables: { all: true } }).cost).toBe(1 + 1 + 20);
  });

  it('refuses over the limit with QUERY_TOO_COSTLY, the cost and the limit', () => {
    expect(costOf('{ people { name } }', { maxCost: 20 }).errors).toEqual([
      {
        message: expect.stringContaining('This query costs 21 points; the limit is 20.'),
        code: 'QUERY_TOO_COSTLY',
        cost: { requested: 21, limit: 20 },
      },
    ]);
  });

  it('answers variables that do not fit their types with BAD_USER_INPUT', () => {
    const { errors } = costOf('query($n: Int) { people(first: $n) { name } }', { variables: { n: 'many' } });
    expect(errors).toEqual([{ message: expect.stringContaining('$n'), code: 'BAD_USER_INPUT' }]);
  });

  it('prices __schema by the schema it walks: one point per field of every object returned', () => {
    const types = Object.keys(testSchema.getTypeMap()).length;
    expect(costOf('{ __schema { types { name } } }').cost).toBe(1 + 1 + types);
    // Person's fields: name, friends, best, pets; each with its name.
    expect(costOf('{ __type(name: "Person") { fields { name } } }').cost).toBe(1 + 1 + 4);
  });

  it('stops pricing introspection at the limit and refuses it as costing more', () => {
    const { cost, errors } = costOf('{ __schema { types { fields { type { fields { name } } } } } }', {
      maxCost: 20,
    });
    expect(cost).toBe(21);
    expect(errors).toEqual([
      {
        message: expect.stringContaining('costs more than 20 points'),
        code: 'QUERY_TOO_COSTLY',
        cost: { requested: 21, limit: 20 },
      },
    ]);
  });
});
