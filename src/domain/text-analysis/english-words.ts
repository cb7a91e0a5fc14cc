import type CommonWords from 'wink-lexicon/src/lexicon.js';
import type WordNetWords from 'wink-lexicon/src/wn-words.js';

/**
 * How ordinary an English word is, from wink-lexicon (MIT; data derived from WordNet):
 *
 * - COMMON: one of the ~13,000 words of everyday English the lexicon lists with their usual part of
 *   speech ("go", "express", "spring", "react", "hiring", "database"): as a name it needs context.
 * - WORD: a WordNet lemma that is not everyday English ("rust", "swift", "python", "graph", "caching"):
 *   as a name it is usually the name, unless the text writes it as an ordinary word.
 * - NONE: not an English word ("kubernetes", "postgresql", "nestjs", "ict"): a name and nothing else.
 *
 * Read once, on first use (about 0.3 s, 40,000 words).
 */
export type WordTier = 'COMMON' | 'WORD' | 'NONE';

const tierOrder: Record<WordTier, number> = { NONE: 0, WORD: 1, COMMON: 2 };

let lexicon: { readonly common: typeof CommonWords; readonly wordNet: typeof WordNetWords } | null = null;

/**
 * The two word lists, required on the first word asked about: an import would read them when the
 * server starts (about 0.25 s of its start-up), though only the text analysis needs them.
 */
function words(): NonNullable<typeof lexicon> {
  lexicon ??= {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    common: require('wink-lexicon/src/lexicon.js') as typeof CommonWords,
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
    wordNet: require('wink-lexicon/src/wn-words.js') as typeof WordNetWords,
  };
  return lexicon;
}

/** The more ordinary of two tiers. */
export function moreOrdinary(a: WordTier, b: WordTier): WordTier {
  return tierOrder[a] >= tierOrder[b] ? a : b;
}

/** Base forms a word may be an inflection of: WordNet lists lemmas ("cache", not "caching"). */
function lemmaCandidates(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  if (word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  // "mentoring", "debugging": a doubled consonant before -ing.
  if (/([b-df-hj-np-tv-z])\1ing$/.test(word)) forms.push(word.slice(0, -4));
  return forms;
}

/** How ordinary a lower-case word is. Words of one letter are always COMMON ("a", "I", "C", "R"). */
export function wordTier(word: string): WordTier {
  if (word.replace(/[^\p{L}]/gu, '').length <= 1) return 'COMMON';
  const { common, wordNet } = words();
  if (Object.hasOwn(common, word)) return 'COMMON';
  return lemmaCandidates(word).some((form) => Object.hasOwn(wordNet, form)) ? 'WORD' : 'NONE';
}

/** How ordinary a phrase's words are, the most ordinary one deciding; NONE for no words. */
export function phraseTier(words: readonly string[]): WordTier {
  return words.reduce<WordTier>((tier, word) => moreOrdinary(tier, wordTier(word)), 'NONE');
}

/** Whether every word of a phrase is everyday English ("manage staff", "communication"). */
export function isEverydayPhrase(words: readonly string[]): boolean {
  return words.length > 0 && words.every((word) => wordTier(word) === 'COMMON');
}
