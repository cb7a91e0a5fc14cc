/**
 * How a text matched a node's names: one vocabulary for search hits and for mentions found in a text
 * (DESIGN.md, "Additions"), defined with search's scoring rules.
 */
export { SearchMatch } from './search-scoring';
