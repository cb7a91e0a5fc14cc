import 'reflect-metadata';
import './common/enums';
import { GraphQLSchema, assertValidSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AnalyticsResolver } from './analytics/analytics.resolver';
import { CareerResolver } from './career/career.resolver';
import { DatasetResolver } from './dataset/dataset.resolver';
import { EvidenceResolver } from './common/evidence.resolver';
import { SourcedResolver } from './common/sourced.resolver';
import { IndustryResolver } from './industry/industry.resolver';
import { NodeResolver } from './node/node.resolver';
import { RoleResolver } from './role/role.resolver';
import { SalaryRangeResolver } from './role/salary-range.resolver';
import { TransitionResolver } from './role/transition.resolver';
import { SearchResolver } from './search/search.resolver';
import { SkillResolver } from './skill/skill.resolver';
import { SourceResolver } from './source/source.resolver';
import { TextAnalysisResolver } from './text/text-analysis.resolver';
import {
  FrameworkResolver,
  LanguageResolver,
  LibraryResolver,
  RuntimeResolver,
  TechnologyResolver,
} from './technology/technology.resolver';
import {
  Database,
  Framework,
  Language,
  Library,
  Platform,
  Protocol,
  Runtime,
  Tool,
} from './technology/technology.type';
import {
  RoleComparisonResolver,
  RoleSkillResolver,
  RoleTechnologyResolver,
  TransitionInheritanceResolver,
} from './role/role-links.resolver';
import { resolveAbstractTypesSynchronously } from './synchronous-type-resolvers';

export const resolvers = [
  NodeResolver,
  SourcedResolver,
  EvidenceResolver,
  RoleResolver,
  RoleSkillResolver,
  RoleTechnologyResolver,
  RoleComparisonResolver,
  TransitionResolver,
  TransitionInheritanceResolver,
  SalaryRangeResolver,
  SkillResolver,
  TechnologyResolver,
  LanguageResolver,
  FrameworkResolver,
  LibraryResolver,
  RuntimeResolver,
  IndustryResolver,
  SourceResolver,
  CareerResolver,
  SearchResolver,
  AnalyticsResolver,
  TextAnalysisResolver,
  DatasetResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql 2.0-rc collects parameter decorators as TypeScript runs them, last parameter first, and
 * lists arguments in that order. Sorting by position puts `careerPaths(from, to, ...)` back in the
 * order the code (and DESIGN.md) declares.
 */
function orderArgumentsAsDeclared(): void {
  const params = getMetadataStorage().params;
  const methodOrder = new Map<string, number>();
  const methodKey = (param: (typeof params)[number]) => `${param.target.name}.${param.methodName}`;
  params.forEach((param) =>
    methodOrder.set(methodKey(param), methodOrder.get(methodKey(param)) ?? methodOrder.size),
  );
  params.sort(
    (a, b) =>
      (methodOrder.get(methodKey(a)) as number) - (methodOrder.get(methodKey(b)) as number) ||
      a.index - b.index,
  );
}

/**
 * type-graphql wraps every plain `@Field` in a resolver of its own that builds resolver data and runs
 * the field's middleware chain around reading the property: allocations on every field of every answer
 * (a 100-role list with skills reads some 8,000), for a chain that is empty here (no middleware, auth
 * checker or validation is configured). Its `simple` option leaves such a field to graphql-js's default
 * resolver, which reads the property of the field's name; a field with a `@FieldResolver` keeps its
 * resolver. Set on every field here, once, rather than on each type. A field that needs a middleware
 * must say `simple: false`.
 */
function readPlainFieldsDirectly(): void {
  // A field renamed in the schema (Tool.category) reads another property than its name: it keeps the wrapper.
  for (const field of getMetadataStorage().fields) if (field.name === field.schemaName) field.simple ??= true;
}

/** The GraphQL schema, built from the decorated classes once per process. */
export function buildCareerGraphSchema(): Promise<GraphQLSchema> {
  orderArgumentsAsDeclared();
  readPlainFieldsDirectly();
  built ??= buildSchema({
    resolvers,
    // Technologies are reached only through the Technology interface: list the kinds so each is in the schema.
    orphanedTypes: [Language, Framework, Database, Tool, Platform, Runtime, Library, Protocol],
    validate: false,
    // type-graphql would check the schema by running the whole introspection query on it (a twentieth of
    // a start-up); graphql-js's own check of the schema's rules, below, is what that run relied on.
    skipCheck: true,
  }).then((schema) => {
    assertValidSchema(schema);
    resolveAbstractTypesSynchronously(schema);
    const query = schema.getQueryType();
    if (query)
      query.description =
        'Questions careergraph answers: look-ups, lists, search, career paths and skill gaps.';
    return schema;
  });
  return built;
}

/**
 * The SDL committed as schema/schema.graphql. Types are sorted so a diff shows only real changes;
 * fields and arguments keep their declared order, which reads better than the alphabet.
 */
export async function printCareerGraphSchema(): Promise<string> {
  const schema = await buildCareerGraphSchema();
  const sortedTypes = lexicographicSortSchema(schema).getTypeMap();
  const sdl = printSchema(
    new GraphQLSchema({
      ...schema.toConfig(),
      types: Object.values(sortedTypes).map((type) => schema.getType(type.name) ?? type),
    }),
  );
  return `${sdl}\n`;
}
