import {
  matchWord,
  prepareText,
  scoreName,
  type NameScore,
  type NameView,
  type PreparedText,
} from '../../src/domain/search-scoring';
import { tokenize } from '../../src/domain/search-text';
import type { SearchQuery, SearchResult } from '../../src/store/graph-store';
import { nodeKindOfEntity, tieOrderOf, type SearchEntry } from '../../src/store/search-index';

/** A name on its own, as scoring sees it: word matches by `matchWord`, remembered per word for speed. */
function viewOf(text: PreparedText, words: readonly string[], matches: Map<string, number>): NameView {
  return {
    compact: words.join(''),
    wordCount: words.length,
    wordLength: (j) => (words[j] as string).length,
    wordMatch: (i, j) => {
      const key = `${i} ${words[j]}`;
      let match = matches.get(key);
      if (match === undefined) {
        match = matchWord(text.words[i] as string, words[j] as string);
        matches.set(key, match);
      }
      return match;
    },
  };
}

/** Each entry's names (the name, then its aliases) as words: tokenized once per list of entries. */
const tokenizedCache = new WeakMap<readonly SearchEntry[], string[][][]>();
function tokenizedNames(entries: readonly SearchEntry[]): string[][][] {
  let tokenized = tokenizedCache.get(entries);
  if (tokenized === undefined) {
    tokenized = entries.map((entry) => [entry.name, ...entry.aliases].map(tokenize));
    tokenizedCache.set(entries, tokenized);
  }
  return tokenized;
}

/** Every entry's score for a text: its best name (the name first, then aliases), the earliest on a tie. */
export function scoreEveryEntry(
  entries: readonly SearchEntry[],
  textInput: string,
): (SearchResult & { id: string })[] {
  const text = prepareText(textInput);
  const tokenized = tokenizedNames(entries);
  const matches = new Map<string, number>();
  const scored: (SearchResult & { id: string })[] = [];
  entries.forEach((entry, at) => {
    let best: NameScore | null = null;
    (tokenized[at] as string[][]).forEach((words, index) => {
      const score = scoreName(text, viewOf(text, words, matches), index > 0);
      if (score !== null && (best === null || score.score > best.score)) best = score;
    });
    if (best !== null)
      scored.push({
        kind: entry.kind,
        slug: entry.slug,
        ...(best as NameScore),
        id: tieOrderOf(entry),
      });
  });
  return scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The answer of a query from every entry's score: the kinds asked for, at or above minScore, best `limit`. */
export function answerFrom(
  scored: readonly (SearchResult & { id: string })[],
  query: SearchQuery,
): SearchResult[] {
  const kinds =
    query.kinds && query.kinds.length > 0 ? new Set(query.kinds.map((kind) => nodeKindOfEntity[kind])) : null;
  return scored
    .filter((hit) => (kinds === null || kinds.has(hit.kind)) && hit.score >= query.minScore)
    .slice(0, query.limit)
    .map(({ kind, slug, score, match }) => ({ kind, slug, score, match }));
}

/**
 * Search as its definition reads: every node scored by domain/search-scoring.ts, those at or above
 * minScore kept, best first, ties by id. The index of every store must answer exactly this.
 */
export function bruteForceSearch(entries: readonly SearchEntry[], query: SearchQuery): SearchResult[] {
  return answerFrom(scoreEveryEntry(entries, query.text), query);
}
