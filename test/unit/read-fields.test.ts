import 'reflect-metadata';
import { parse } from 'graphql';
import { buildCareerGraphSchema } from '../../src/api/schema';
import { readFieldsOf } from '../../src/api/common/read-fields-of';
import { allFields, type NodeFact } from '../../src/store/read-fields';

describe('readFieldsOf: the costly facts an operation shows', () => {
  let schema: Awaited<ReturnType<typeof buildCareerGraphSchema>>;
  beforeAll(async () => {
    schema = await buildCareerGraphSchema();
  });
  const of = (query: string) => readFieldsOf(schema, parse(query));
  const lean = (facts: NodeFact[], linkFacts = false) => ({ nodeFacts: new Set(facts), linkFacts });

  it.each([
    [
      'a role page of names and grades reads none',
      '{ role(slug: "x") { slug name experience { min } skills { importance skill { slug name } } nextRoles { kind to { slug name } } } }',
      lean([]),
    ],
    [
      "a role's family and seniority read the profile",
      '{ role(slug: "x") { slug name family seniority } }',
      lean(['roleProfile']),
    ],
    [
      "a role's occupation reads the role's profile",
      '{ role(slug: "x") { occupation { slug } } }',
      lean(['roleProfile']),
    ],
    [
      "a skill's category or type reads the skill's profile only",
      '{ skill(slug: "x") { category skillType roles { slug name } } }',
      lean(['skillProfile']),
    ],
    [
      "a tool's category and a database's data model read the technology's profile, not the skill's",
      '{ technology(slug: "y") { ... on Database { dataModel } ... on Tool { category } } }',
      lean(['technologyProfile']),
    ],
    [
      "a role list's family reads the role's profile only, not its skills'",
      '{ roles(first: 5) { nodes { family skills { skill { slug name } } } } }',
      lean(['roleProfile']),
    ],
    [
      'a role list through nodes and edges reads none',
      '{ roles(first: 100) { totalCount pageInfo { hasNextPage } nodes { slug skills { skill { name } } } edges { node { name } } } }',
      lean([]),
    ],
    ['a description reads descriptions', '{ skill(slug: "x") { description } }', lean(['description'])],
    [
      "a node's evidence reads node evidence, not link evidence",
      '{ role(slug: "x") { sources { slug } evidence { note } } }',
      lean(['evidence']),
    ],
    [
      "a link's evidence reads link evidence",
      '{ role(slug: "x") { skills { evidence { note } skill { aliases } } } }',
      lean(['aliases'], true),
    ],
    [
      'fragments on the technology interface and its types are followed',
      '{ search(text: "go") { node { id ... on Technology { externalIds } ... on Role { qualifications } } } }',
      lean(['externalIds', 'roleFacts']),
    ],
    ['a root field not listed reads everything', '{ careerPaths(from: "a", to: "b") { length } }', allFields],
    ['introspection reads everything', '{ __schema { queryType { name } } }', allFields],
  ])('%s', (_name, query, expected) => {
    expect(of(query)).toEqual(expected);
  });
});
