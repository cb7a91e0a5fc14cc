import { tokenize } from './search-text';

/**
 * How search scores a node, the same in every store and for every query. A score is absolute: it says
 * how the text matched one of the node's names, never how the node compares with other hits, so 0.9
 * means the same thing for "postgres" as for "vp eng".
 *
 * | match   | when                                                                    | score           |
 * | ------- | ----------------------------------------------------------------------- | --------------- |
 * | EXACT   | the text is the node's name                                             | 1               |
 * | ALIAS   | the text is one of the node's aliases                                   | 0.95            |
 * | PREFIX  | every word of the text is a word of a name or begins one ("postgres")   | 0.5 + 0.4 × c   |
 * | FUZZY   | as PREFIX, with a small typo in some word ("kubernets")                 | 0.5 + 0.35 × c  |
 * | PARTIAL | only some words of the text match a name                                | below 0.45      |
 *
 * c, the coverage, is the share of the name's letters the text accounts for (a typo costs its edits):
 * "postgres" covers 8 of PostgreSQL's 10, so it scores 0.82. Names and text are compared as
 * domain/search-text.ts normalises them (case, accents and punctuation do not count; "postgre sql" is
 * "PostgreSQL"). A PREFIX or FUZZY hit always scores above the relevance floor, a PARTIAL hit always
 * below it: by default search answers only hits that account for every word typed.
 */
export const SearchMatch = Object.freeze({
  EXACT: 'EXACT',
  ALIAS: 'ALIAS',
  PREFIX: 'PREFIX',
  FUZZY: 'FUZZY',
  PARTIAL: 'PARTIAL',
} as const);
export type SearchMatch = keyof typeof SearchMatch;

/** Hits scoring below this are not returned unless the client asks for them with a lower minScore. */
export const relevanceFloor = 0.5;

const exactScore = 1;
const aliasScore = 0.95;
const prefixBase = 0.5;
const prefixSpan = 0.4;
const fuzzySpan = 0.35;
const partialCeiling = 0.45;

/** Prefixes shorter than this match only whole words: one letter begins too many. */
export const minPrefixLength = 2;

/**
 * Typos a word may hold and still match: none in a word of fewer than five letters (one typo turns
 * "lead" into "load") or in a number (a changed digit is another number), one up to eight characters,
 * two from nine.
 */
export function typoBudget(word: string): number {
  if (word.replace(/[^\p{L}]/gu, '').length < 5) return 0;
  return word.length < 9 ? 1 : 2;
}

/** How one word of the text matches one word of a name. */
export const WordMatchKind = { None: 0, Equal: 1, Prefix: 2, Fuzzy: 3 } as const;
type WordMatchKind = (typeof WordMatchKind)[keyof typeof WordMatchKind];

/**
 * A word match packed into one number: kind in the low two bits, typo edits above. Packed so that an
 * index can keep one per dictionary word in a typed array.
 */
export type WordMatch = number;
export const noWordMatch: WordMatch = 0;
export const wordMatchKind = (match: WordMatch): WordMatchKind => (match & 3) as WordMatchKind;
export const wordMatchEdits = (match: WordMatch): number => match >> 2;

/** Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How a word of the text matches a word of a name: whole, as its beginning, or within its typo budget. */
export function matchWord(textWord: string, nameWord: string): WordMatch {
  if (textWord === nameWord) return WordMatchKind.Equal;
  if (textWord.length >= minPrefixLength && nameWord.startsWith(textWord)) return WordMatchKind.Prefix;
  const budget = typoBudget(textWord);
  if (budget === 0) return noWordMatch;
  const edits = editDistance(textWord, nameWord, budget);
  return edits <= budget ? WordMatchKind.Fuzzy | (edits << 2) : noWordMatch;
}

/** Letters of a name a word match accounts for. */
export function covered(match: WordMatch, textLength: number, nameLength: number): number {
  switch (wordMatchKind(match)) {
    case WordMatchKind.Equal:
      return nameLength;
    case WordMatchKind.Prefix:
      return textLength;
    default:
      return Math.max(0, Math.min(textLength, nameLength) - wordMatchEdits(match));
  }
}

/** The text of a search, normalised once. */
export interface PreparedText {
  readonly words: readonly string[];
  readonly compact: string;
  /** Letters of all words, for a PARTIAL hit's share of the text. */
  readonly letters: number;
}

/** Words of the text that count: enough for any name, bounded so one search stays cheap. */
export const maxTextWords = 16;

export function prepareText(text: string): PreparedText {
  const words = tokenize(text).slice(0, maxTextWords);
  const compact = words.join('');
  return { words, compact, letters: compact.length };
}

/**
 * What scoring needs of a name (or alias): its words run together, how many words it has, each
 * word's length, and how word i of the text matches its word j. A search index answers these from
 * its own tables (matches computed with `matchWord` once per dictionary word); `nameView` from the
 * strings, for a name on its own.
 */
export interface NameView {
  readonly compact: string;
  readonly wordCount: number;
  wordLength(nameIndex: number): number;
  wordMatch(textIndex: number, nameIndex: number): WordMatch;
}

export function nameView(text: PreparedText, name: string): NameView {
  const words = tokenize(name);
  return {
    compact: words.join(''),
    wordCount: words.length,
    wordLength: (j) => (words[j] as string).length,
    wordMatch: (i, j) => matchWord(text.words[i] as string, words[j] as string),
  };
}

export interface NameScore {
  readonly match: SearchMatch;
  readonly score: number;
}

const round = (score: number) => Math.round(score * 10000) / 10000;

/**
 * How well the text matches one name, or null when it does not match at all.
 *
 * Each word of the text takes the best still-unused word of the name (whole, then beginning, then the
 * fewest typos; the earliest on a tie). A text that is a beginning of the name run together
 * ("postgre s" of PostgreSQL) counts as PREFIX too; the better reading wins.
 */
export function scoreName(text: PreparedText, name: NameView, isAlias: boolean): NameScore | null {
  const nameLength = name.compact.length;
  if (text.compact.length === 0 || nameLength === 0) return null;
  if (text.compact === name.compact)
    return isAlias ? { match: 'ALIAS', score: aliasScore } : { match: 'EXACT', score: exactScore };

  let usedMask = 0;
  let coveredLetters = 0;
  let matchedLetters = 0;
  let matchedWords = 0;
  let fuzzy = false;
  const nameWords = Math.min(name.wordCount, 31);
  for (let i = 0; i < text.words.length; i++) {
    let best = -1;
    let bestMatch: WordMatch = noWordMatch;
    for (let j = 0; j < nameWords; j++) {
      if (usedMask & (1 << j)) continue;
      const match = name.wordMatch(i, j);
      if (match === noWordMatch) continue;
      if (bestMatch === noWordMatch || rank(match) < rank(bestMatch)) {
        best = j;
        bestMatch = match;
      }
    }
    if (best < 0) continue;
    usedMask |= 1 << best;
    matchedWords++;
    const textLength = (text.words[i] as string).length;
    coveredLetters += covered(bestMatch, textLength, name.wordLength(best));
    matchedLetters += textLength;
    if (wordMatchKind(bestMatch) === WordMatchKind.Fuzzy) fuzzy = true;
  }

  const runTogether =
    text.compact.length >= minPrefixLength && name.compact.startsWith(text.compact)
      ? prefixScoreCeiling(text.compact.length, nameLength)
      : 0;
  if (matchedWords === text.words.length) {
    const coverage = Math.min(1, coveredLetters / nameLength);
    const score = fuzzy ? prefixBase + fuzzySpan * coverage : prefixBase + prefixSpan * coverage;
    if (runTogether > score) return { match: 'PREFIX', score: round(runTogether) };
    return { match: fuzzy ? 'FUZZY' : 'PREFIX', score: round(score) };
  }
  if (runTogether > 0) return { match: 'PREFIX', score: round(runTogether) };
  if (matchedWords === 0) return null;
  const coverage = Math.min(1, coveredLetters / nameLength);
  const share = matchedLetters / Math.max(1, text.letters);
  return { match: 'PARTIAL', score: round(partialCeiling * share * (0.5 + 0.5 * coverage)) };
}

/**
 * The highest score a name of `nameLength` letters can reach by its words when the words of the text
 * account for at most `coveredLetters` of them (EXACT, ALIAS and run-together PREFIX readings aside);
 * `onlyFuzzy` when some word of the text matches only with typos, so every such hit is FUZZY. What lets
 * an index stop reading a word's names, shortest first, once no longer one can make the cut.
 */
export function wordScoreCeiling(coveredLetters: number, nameLength: number, onlyFuzzy: boolean): number {
  // Rounded as scores are (rounding keeps order), so it compares with them without falling below one.
  return round(prefixBase + (onlyFuzzy ? fuzzySpan : prefixSpan) * Math.min(1, coveredLetters / nameLength));
}

/** The score of a text that begins a name run together ("postgre s" of PostgreSQL), rounded. */
export function prefixScoreCeiling(textLength: number, nameLength: number): number {
  return round(prefixBase + prefixSpan * (textLength / nameLength));
}

/** The highest score a PARTIAL hit can reach: with a minScore above it, only full matches count. */
export const partialScoreCeiling = partialCeiling;

/** Lower is better: whole word, then beginning, then fewer typos. */
function rank(match: WordMatch): number {
  const kind = wordMatchKind(match);
  return kind === WordMatchKind.Fuzzy ? 2 + wordMatchEdits(match) : kind;
}

/** A node's score: the best of its names (the name first, then its aliases), the earliest on a tie. */
export function scoreNode(text: PreparedText, name: string, aliases: readonly string[]): NameScore | null {
  let best: NameScore | null = null;
  [name, ...aliases].forEach((each, index) => {
    const scored = scoreName(text, nameView(text, each), index > 0);
    if (scored !== null && (best === null || scored.score > best.score)) best = scored;
  });
  return best;
}
