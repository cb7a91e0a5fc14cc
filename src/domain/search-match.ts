/**
 * How a text matched a node's names: the same vocabulary for search hits and for mentions found in a
 * text (DESIGN.md, "Additions").
 *
 * - EXACT: the text is the node's name (case, accents, spaces and punctuation aside: "NodeJS" is Node.js);
 * - ALIAS: the text is one of the node's aliases;
 * - PREFIX: the text begins a name ("Postgres" for PostgreSQL);
 * - FUZZY: the text is a near form of a name or alias: a plural, a version ("HTML5"), a ".js" suffix,
 *   or one typo in a long word ("Kubernets");
 * - PARTIAL: only some words of the text match a name (search only; a mention always matches whole).
 *
 * Merge note: branch `esco` defines the same enum, with the same values, in domain/search-scoring.ts
 * and registers it for GraphQL in api/common/enums.ts. When both are on one branch, this file becomes
 * `export { SearchMatch } from './search-scoring';` and api/text/search-match.enum.ts goes.
 */
export const SearchMatch = Object.freeze({
  EXACT: 'EXACT',
  ALIAS: 'ALIAS',
  PREFIX: 'PREFIX',
  FUZZY: 'FUZZY',
  PARTIAL: 'PARTIAL',
} as const);
export type SearchMatch = keyof typeof SearchMatch;
