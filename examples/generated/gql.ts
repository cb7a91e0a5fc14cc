/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CareerPaths($from: String! = \"junior-backend-developer\", $to: String! = \"software-architect\", $first: Int! = 3) {\n  careerPaths(from: $from, to: $to, first: $first) {\n    length\n    totalYears\n    explanation\n    roles {\n      name\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        name\n      }\n      to {\n        name\n      }\n    }\n  }\n}": typeof types.CareerPathsDocument,
    "query LanguageFrameworks {\n  technologies(kind: LANGUAGE, first: 100) {\n    totalCount\n    nodes {\n      name\n      ... on Language {\n        frameworks {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.LanguageFrameworksDocument,
    "query RelatedRoles($slug: String! = \"frontend-developer\", $first: Int! = 5) {\n  role(slug: $slug) {\n    name\n    relatedRoles(first: $first) {\n      score\n      role {\n        name\n      }\n      sharedSkills {\n        name\n      }\n    }\n  }\n}": typeof types.RelatedRolesDocument,
    "query SalaryRanges($slug: String! = \"mid-level-backend-developer\") {\n  role(slug: $slug) {\n    name\n    salaries {\n      region\n      currency\n      min\n      max\n      period\n      source {\n        title\n        document\n      }\n    }\n  }\n}": typeof types.SalaryRangesDocument,
    "query SkillGap($from: String! = \"senior-backend-developer\", $to: String! = \"devops-engineer\") {\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        name\n      }\n    }\n    shared {\n      name\n    }\n    learningOrder {\n      name\n    }\n  }\n}": typeof types.SkillGapDocument,
    "query ExploreRoles {\n  roles(first: 100) {\n    nodes {\n      slug\n      name\n      family\n      seniority\n    }\n  }\n}\n\nquery ExploreRoleSearch($text: String!) {\n  search(text: $text, kinds: [ROLE], first: 8) {\n    score\n    node {\n      ... on Role {\n        slug\n        name\n        family\n        seniority\n      }\n    }\n  }\n}\n\nquery ExplorePaths($from: String!, $to: String!, $first: Int! = 3, $rankBy: PathRanking! = FEWEST_STEPS) {\n  careerPaths(from: $from, to: $to, first: $first, rankBy: $rankBy) {\n    length\n    totalYears\n    explanation\n    roles {\n      slug\n      name\n      seniority\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        slug\n        name\n        category\n      }\n    }\n    shared {\n      slug\n      name\n    }\n    learningOrder {\n      slug\n      name\n    }\n  }\n}": typeof types.ExploreRolesDocument,
};
const documents: Documents = {
    "query CareerPaths($from: String! = \"junior-backend-developer\", $to: String! = \"software-architect\", $first: Int! = 3) {\n  careerPaths(from: $from, to: $to, first: $first) {\n    length\n    totalYears\n    explanation\n    roles {\n      name\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        name\n      }\n      to {\n        name\n      }\n    }\n  }\n}": types.CareerPathsDocument,
    "query LanguageFrameworks {\n  technologies(kind: LANGUAGE, first: 100) {\n    totalCount\n    nodes {\n      name\n      ... on Language {\n        frameworks {\n          name\n        }\n      }\n    }\n  }\n}": types.LanguageFrameworksDocument,
    "query RelatedRoles($slug: String! = \"frontend-developer\", $first: Int! = 5) {\n  role(slug: $slug) {\n    name\n    relatedRoles(first: $first) {\n      score\n      role {\n        name\n      }\n      sharedSkills {\n        name\n      }\n    }\n  }\n}": types.RelatedRolesDocument,
    "query SalaryRanges($slug: String! = \"mid-level-backend-developer\") {\n  role(slug: $slug) {\n    name\n    salaries {\n      region\n      currency\n      min\n      max\n      period\n      source {\n        title\n        document\n      }\n    }\n  }\n}": types.SalaryRangesDocument,
    "query SkillGap($from: String! = \"senior-backend-developer\", $to: String! = \"devops-engineer\") {\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        name\n      }\n    }\n    shared {\n      name\n    }\n    learningOrder {\n      name\n    }\n  }\n}": types.SkillGapDocument,
    "query ExploreRoles {\n  roles(first: 100) {\n    nodes {\n      slug\n      name\n      family\n      seniority\n    }\n  }\n}\n\nquery ExploreRoleSearch($text: String!) {\n  search(text: $text, kinds: [ROLE], first: 8) {\n    score\n    node {\n      ... on Role {\n        slug\n        name\n        family\n        seniority\n      }\n    }\n  }\n}\n\nquery ExplorePaths($from: String!, $to: String!, $first: Int! = 3, $rankBy: PathRanking! = FEWEST_STEPS) {\n  careerPaths(from: $from, to: $to, first: $first, rankBy: $rankBy) {\n    length\n    totalYears\n    explanation\n    roles {\n      slug\n      name\n      seniority\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        slug\n        name\n        category\n      }\n    }\n    shared {\n      slug\n      name\n    }\n    learningOrder {\n      slug\n      name\n    }\n  }\n}": types.ExploreRolesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareerPaths($from: String! = \"junior-backend-developer\", $to: String! = \"software-architect\", $first: Int! = 3) {\n  careerPaths(from: $from, to: $to, first: $first) {\n    length\n    totalYears\n    explanation\n    roles {\n      name\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        name\n      }\n      to {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query CareerPaths($from: String! = \"junior-backend-developer\", $to: String! = \"software-architect\", $first: Int! = 3) {\n  careerPaths(from: $from, to: $to, first: $first) {\n    length\n    totalYears\n    explanation\n    roles {\n      name\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        name\n      }\n      to {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguageFrameworks {\n  technologies(kind: LANGUAGE, first: 100) {\n    totalCount\n    nodes {\n      name\n      ... on Language {\n        frameworks {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LanguageFrameworks {\n  technologies(kind: LANGUAGE, first: 100) {\n    totalCount\n    nodes {\n      name\n      ... on Language {\n        frameworks {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelatedRoles($slug: String! = \"frontend-developer\", $first: Int! = 5) {\n  role(slug: $slug) {\n    name\n    relatedRoles(first: $first) {\n      score\n      role {\n        name\n      }\n      sharedSkills {\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query RelatedRoles($slug: String! = \"frontend-developer\", $first: Int! = 5) {\n  role(slug: $slug) {\n    name\n    relatedRoles(first: $first) {\n      score\n      role {\n        name\n      }\n      sharedSkills {\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SalaryRanges($slug: String! = \"mid-level-backend-developer\") {\n  role(slug: $slug) {\n    name\n    salaries {\n      region\n      currency\n      min\n      max\n      period\n      source {\n        title\n        document\n      }\n    }\n  }\n}"): (typeof documents)["query SalaryRanges($slug: String! = \"mid-level-backend-developer\") {\n  role(slug: $slug) {\n    name\n    salaries {\n      region\n      currency\n      min\n      max\n      period\n      source {\n        title\n        document\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SkillGap($from: String! = \"senior-backend-developer\", $to: String! = \"devops-engineer\") {\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        name\n      }\n    }\n    shared {\n      name\n    }\n    learningOrder {\n      name\n    }\n  }\n}"): (typeof documents)["query SkillGap($from: String! = \"senior-backend-developer\", $to: String! = \"devops-engineer\") {\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        name\n      }\n    }\n    shared {\n      name\n    }\n    learningOrder {\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExploreRoles {\n  roles(first: 100) {\n    nodes {\n      slug\n      name\n      family\n      seniority\n    }\n  }\n}\n\nquery ExploreRoleSearch($text: String!) {\n  search(text: $text, kinds: [ROLE], first: 8) {\n    score\n    node {\n      ... on Role {\n        slug\n        name\n        family\n        seniority\n      }\n    }\n  }\n}\n\nquery ExplorePaths($from: String!, $to: String!, $first: Int! = 3, $rankBy: PathRanking! = FEWEST_STEPS) {\n  careerPaths(from: $from, to: $to, first: $first, rankBy: $rankBy) {\n    length\n    totalYears\n    explanation\n    roles {\n      slug\n      name\n      seniority\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        slug\n        name\n        category\n      }\n    }\n    shared {\n      slug\n      name\n    }\n    learningOrder {\n      slug\n      name\n    }\n  }\n}"): (typeof documents)["query ExploreRoles {\n  roles(first: 100) {\n    nodes {\n      slug\n      name\n      family\n      seniority\n    }\n  }\n}\n\nquery ExploreRoleSearch($text: String!) {\n  search(text: $text, kinds: [ROLE], first: 8) {\n    score\n    node {\n      ... on Role {\n        slug\n        name\n        family\n        seniority\n      }\n    }\n  }\n}\n\nquery ExplorePaths($from: String!, $to: String!, $first: Int! = 3, $rankBy: PathRanking! = FEWEST_STEPS) {\n  careerPaths(from: $from, to: $to, first: $first, rankBy: $rankBy) {\n    length\n    totalYears\n    explanation\n    roles {\n      slug\n      name\n      seniority\n    }\n    steps {\n      kind\n      typicalYears\n      from {\n        slug\n      }\n      to {\n        slug\n      }\n    }\n  }\n  skillGap(from: $from, to: $to) {\n    missing {\n      importance\n      skill {\n        slug\n        name\n        category\n      }\n    }\n    shared {\n      slug\n      name\n    }\n    learningOrder {\n      slug\n      name\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;