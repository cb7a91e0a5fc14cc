import { buildSchema, parse, validate, type GraphQLFormattedError, type ValidationRule } from 'graphql';

/**
 * A small schema for the limit rules' own tests (as graphql-js tests its rules against a schema of its
 * own, src/validation/__tests__/harness.ts): lists, a recursive type, an interface, a union and arguments.
 */
export const testSchema = buildSchema(`
  interface Named { name: String! }
  type Person implements Named {
    name: String!
    friends(first: Int = 10): [Person!]!
    best: Person
    pets: [Pet!]!
  }
  type Dog implements Named { name: String! barks: Boolean! }
  type Cat implements Named { name: String! meows: Boolean! }
  union Pet = Dog | Cat
  type Query {
    person(name: String!): Person
    people(first: Int = 20): [Person!]!
    named: [Named!]!
    count: Int!
  }
  type Mutation { rename(name: String!): Person }
`);

/** The errors a set of rules reports for a document, as a client would see them. */
export function errorsOf(rules: readonly ValidationRule[], query: string): GraphQLFormattedError[] {
  return validate(testSchema, parse(query), rules).map((error) => error.toJSON());
}

/** The extensions of each error, the part a client acts on. */
export function extensionsOf(rules: readonly ValidationRule[], query: string): Record<string, unknown>[] {
  return errorsOf(rules, query).map((error) => ({ ...error.extensions }));
}

/**
 * A document whose fragments each spread the next one twice (once inline): `levels` levels make
 * 2^levels copies of the last fragment's fields once expanded, in a few dozen characters per level.
 */
export function doublingFragments(levels: number, leaf = 'name'): string {
  let document = 'query Q { person(name: "x") { ...F0 } }\n';
  for (let level = 0; level < levels; level++)
    document += `fragment F${level} on Person { ...F${level + 1} ... on Person { ...F${level + 1} } }\n`;
  return `${document}fragment F${levels} on Person { ${leaf} }`;
}
