import { normalizeText } from '../search-text';

/**
 * Words of a free text (a job ad, a CV) with where they stand in it: the same words search compares
 * (domain/search-text.ts: case and accents aside, "#" and "+" kept at the end of a word so C, C# and
 * C++ stay apart), plus what text analysis needs to judge a word in its context: its offsets, how it is
 * written, what separates it from its neighbours, and which passage it belongs to.
 *
 * Offsets are UTF-16 code units into the original text (what JavaScript's string indices and a
 * browser's selection ranges count), so a client can highlight `text.slice(start, end)` as it is.
 */
export interface TextToken {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset just past the last code unit. */
  readonly end: number;
  /** Lower-case, accents removed: "node", "js", "c++", ".net". */
  readonly norm: string;
  readonly shape: WordShape;
  /** The characters between the previous token and this one ("" for the first). */
  readonly before: string;
  /** The characters between this token and the next one (the rest of the text for the last). */
  readonly after: string;
  /** Number of the passage the token is in: passages end at a sentence's end or a blank line. */
  readonly passage: number;
  /** First word of a sentence, a line or a list item: its capital letter says nothing. */
  readonly opensSentence: boolean;
}

/** How a word is written: case is evidence for a name that is also an ordinary word ("Go" vs "go"). */
export type WordShape = 'lower' | 'capitalized' | 'upper' | 'mixed' | 'none';

// A word: letters, marks and digits, optionally a leading "." (".NET") and trailing "#" or "+" (C#, C++).
const wordPattern = /\.?[\p{L}\p{M}\p{N}]+[#+]*/gu;
const wordCharacter = /[\p{L}\p{M}\p{N}]/u;
// "Go's", "Node's": the clitic after an apostrophe is part of the word before it, not a word.
const clitics = new Set(['s', 't', 're', 'll', 've', 'd', 'm']);
const apostrophe = /^['’]$/;
// A sentence ends at ".", "!" or "?" before white space; a blank line ends a passage too.
const passageBreak = /[.!?](\s|$)|\n[ \t]*\n/;
const sentenceEnd = /[.!?:](\s|$)/;
const bullet = /\n\s*[-*•·▪–—]\s/;
/** A line at least this long that runs on to the next without punctuation was wrapped, not ended. */
const wrapLength = 50;

export function shapeOf(word: string): WordShape {
  let lower = 0;
  let upper = 0;
  let firstUpper = false;
  let letters = 0;
  for (const character of word) {
    const code = character.charCodeAt(0);
    let isUpper: boolean;
    if (code < 0x80) {
      if (code >= 65 && code <= 90) isUpper = true;
      else if (code >= 97 && code <= 122) isUpper = false;
      else continue;
    } else {
      const up = character.toUpperCase();
      if (character.toLowerCase() === up) continue; // not a cased letter
      isUpper = character === up;
    }
    if (isUpper) {
      upper++;
      if (letters === 0) firstUpper = true;
    } else lower++;
    letters++;
  }
  if (letters === 0) return 'none';
  if (upper === 0) return 'lower';
  if (lower === 0) return letters === 1 ? 'capitalized' : 'upper';
  return firstUpper && upper === 1 ? 'capitalized' : 'mixed';
}

/** normalizeText, without its Unicode work for the plain ASCII words most texts are made of. */
function normalizeWord(word: string): string {
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) > 0x7f) return normalizeText(word);
  return word.toLowerCase();
}

/** The tokens of a text, in order. Linear in the text's length. */
export function tokenizeText(text: string): TextToken[] {
  const spans: { start: number; end: number }[] = [];
  for (const match of text.matchAll(wordPattern)) {
    let start = match.index;
    let end = start + match[0].length;
    // A dot inside a word separates ("Node.js", "ASP.NET"); it leads a word only after a non-word (".NET").
    if (text[start] === '.' && start > 0 && wordCharacter.test(text[start - 1] as string)) start += 1;
    // "#" and "+" belong to the word only when no word character follows ("C++", not "Python+Django").
    if (end < text.length && wordCharacter.test(text[end] as string)) {
      while (end > start && /[#+]/.test(text[end - 1] as string)) end -= 1;
    }
    const previous = spans[spans.length - 1];
    const word = text.slice(start, end);
    if (
      previous &&
      previous.end + 1 === start &&
      apostrophe.test(text[previous.end] as string) &&
      clitics.has(word.toLowerCase())
    )
      continue;
    spans.push({ start, end });
  }

  const tokens: TextToken[] = [];
  let passage = 0;
  let lineStart = 0;
  spans.forEach((span, index) => {
    const previousEnd = index === 0 ? 0 : (spans[index - 1] as { end: number }).end;
    const nextStart = index + 1 < spans.length ? (spans[index + 1] as { start: number }).start : text.length;
    const before = text.slice(previousEnd, span.start);
    if (index > 0 && passageBreak.test(before)) passage += 1;
    let opensSentence = index === 0 || sentenceEnd.test(before) || bullet.test(before);
    const newline = before.lastIndexOf('\n');
    if (newline !== -1) {
      // A line break after a long line that does not end a sentence is a wrap (text pasted from a PDF or
      // an e-mail), not a new line: the sentence goes on.
      const endOfLine = previousEnd + before.indexOf('\n');
      const wrapped =
        endOfLine - lineStart >= wrapLength && !/[.!?:;]\s*$/.test(text.slice(lineStart, endOfLine));
      opensSentence ||= !wrapped;
      lineStart = previousEnd + newline + 1;
    }
    const raw = text.slice(span.start, span.end);
    tokens.push({
      start: span.start,
      end: span.end,
      norm: normalizeWord(raw),
      shape: shapeOf(raw),
      before,
      after: text.slice(span.end, nextStart),
      passage,
      opensSentence,
    });
  });
  return tokens;
}

/** A name or alias as words, the way tokenizeText reads a text: "Node.js" gives node, js. */
export function wordsOf(name: string): string[] {
  return tokenizeText(name).map((token) => token.norm);
}
