import { registerEnumType } from 'type-graphql';
import { SearchMatch } from '../../domain/search-match';

/**
 * SearchMatch for GraphQL. Merge note: branch `esco` registers the same enum in api/common/enums.ts
 * (for search hits); once both are on one branch, this file goes and that registration stays.
 */
registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: "How a text matched a node's names (a search text, or a mention in a text analysis).",
  valuesConfig: {
    EXACT: {
      description:
        'The text is the node\'s name (case, accents, spaces and punctuation aside: "NodeJS" is Node.js).',
    },
    ALIAS: { description: "The text is one of the node's aliases." },
    PREFIX: { description: 'The text begins a name ("Postgres" for PostgreSQL).' },
    FUZZY: {
      description:
        'The text is a near form of a name or alias: a plural, a version ("HTML5"), a ".js" suffix, or one typo in a long word ("Kubernets").',
    },
    PARTIAL: {
      description: 'Only some words of the text match a name (search only; a mention always matches whole).',
    },
  },
});

export { SearchMatch };
