import 'reflect-metadata';
import './common/enums';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CareerResolver } from './career/career.resolver';
import { SourcedResolver } from './common/sourced.resolver';
import { IndustryResolver } from './industry/industry.resolver';
import { NodeResolver } from './node/node.resolver';
import { RoleResolver } from './role/role.resolver';
import { SalaryRangeResolver } from './role/salary-range.resolver';
import { TransitionResolver } from './role/transition.resolver';
import { SearchResolver } from './search/search.resolver';
import { SkillResolver } from './skill/skill.resolver';
import { SourceResolver } from './source/source.resolver';
import { FrameworkResolver, LanguageResolver, TechnologyResolver } from './technology/technology.resolver';
import { Database, Framework, Language, Platform, Tool } from './technology/technology.type';

export const resolvers = [
  NodeResolver,
  SourcedResolver,
  RoleResolver,
  TransitionResolver,
  SalaryRangeResolver,
  SkillResolver,
  TechnologyResolver,
  LanguageResolver,
  FrameworkResolver,
  IndustryResolver,
  SourceResolver,
  CareerResolver,
  SearchResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built from the decorated classes once per process. */
export function buildCareerGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // Technologies are reached only through the Technology interface: list the kinds so each is in the schema.
    orphanedTypes: [Language, Framework, Database, Tool, Platform],
    validate: false,
  });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so a diff shows only real changes. */
export async function printCareerGraphSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildCareerGraphSchema()))}\n`;
}
