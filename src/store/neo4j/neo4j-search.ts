import { compact, nameMatchBoost, tokenize } from '../../domain/search-text';

/** Lucene's special characters, escaped so that "c++" is a word, not syntax. */
function escapeLucene(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (character) => `\\${character}`);
}

/** Same tolerance as the embedded store: one typo in five letters, at most two, none below four letters. */
function editsAllowed(word: string): number {
  return word.length >= 4 ? Math.min(2, Math.round(word.length * 0.2)) : 0;
}

const fieldBoosts = { searchName: 3, searchAliases: 2.5, searchCompact: 2, searchDescription: 0.5 } as const;

/**
 * A Lucene query for the full-text index: every word (or, with `any`, some word) must match a field
 * by prefix or within its typo allowance, name fields weighing most. Words are normalised exactly as
 * the indexed text was (domain/search-text.ts), so case and accents never matter.
 */
export function luceneQuery(text: string, any = false): string | null {
  const words = tokenize(text);
  if (words.length === 0) return null;
  const clauses = words.map((word) => {
    const escaped = escapeLucene(word);
    const edits = editsAllowed(word);
    const term = [
      escaped,
      ...(word.length >= 2 ? [`${escaped}*`] : []),
      ...(edits > 0 ? [`${escaped}~${edits}`] : []),
    ].join(' OR ');
    return `(${Object.entries(fieldBoosts)
      .map(([field, boost]) => `${field}:(${term})^${boost}`)
      .join(' OR ')})`;
  });
  return clauses.join(any ? ' OR ' : ' AND ');
}

/** Properties a searchable node carries for the index: its text, normalised. */
export function searchProperties(node: {
  name: string;
  aliases: readonly string[];
  description: string | null;
}) {
  return {
    searchName: tokenize(node.name).join(' '),
    searchAliases: node.aliases.flatMap(tokenize).join(' '),
    searchCompact: [node.name, ...node.aliases].map(compact).join(' '),
    searchDescription: tokenize(node.description ?? '').join(' '),
  };
}

export { compact, nameMatchBoost };
