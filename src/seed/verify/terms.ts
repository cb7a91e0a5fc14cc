import stem from 'wink-porter2-stemmer';
import { tokenize } from '../../domain/search-text';

/**
 * How a fact's own terms are found in a document's lines: word by word, case and accent insensitive,
 * each word reduced to its Porter2 stem ("automated tests" holds "Automated Testing"; "data engineering"
 * holds "Data Engineer"), and a term's words in a row. Thousands separators are dropped first, so
 * "$80,000" holds 80000.
 */
export function wordsOf(text: string): string[] {
  return tokenize(text.replace(/(\d),(?=\d{3}\b)/g, '$1')).map((word) =>
    /^[a-z]+$/.test(word) ? stem(word) : word,
  );
}

/** Whether `words` holds the term's words in a row. */
export function holdsTerm(words: readonly string[], term: string): boolean {
  const wanted = wordsOf(term);
  if (wanted.length === 0) return false;
  outer: for (let start = 0; start + wanted.length <= words.length; start++) {
    for (let offset = 0; offset < wanted.length; offset++) {
      if (words[start + offset] !== wanted[offset]) continue outer;
    }
    return true;
  }
  return false;
}

/** Whether `words` holds one of the names (a node's name or an alias). */
export function holdsAny(words: readonly string[], names: readonly string[]): boolean {
  return names.some((name) => holdsTerm(words, name));
}

/** Whether `words` holds the number, written out whole ("5", "80000") or as "5+". */
export function holdsNumber(words: readonly string[], value: number): boolean {
  const written = String(value);
  return words.some((word) => word === written || word === `${written}+`);
}
