import { pick, randomInt, type Random } from './generate-graph';

/** Search texts drawn from a generated role's name, as a user mistypes or shortens it (scale and search scenarios). */
/** A word of `name` of at least five letters, with one inner letter dropped: "Enginer", "Managr". */
export function typo(random: Random, name: string): string {
  const words = name.split(' ').filter((word) => /^[A-Za-z]{5,}$/.test(word));
  const word = words.length > 0 ? pick(random, words) : name;
  const at = 1 + randomInt(random, word.length - 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** The first word of `name` cut to 4 letters, plus the role's number: "Seni 1234", "Back 17". */
export function prefix(random: Random, name: string): string {
  const words = name.split(' ');
  const candidates = words.slice(0, -1).filter((w) => w.length >= 4);
  const word = candidates.length > 0 ? pick(random, candidates) : name;
  return `${word.slice(0, 4)} ${words[words.length - 1] ?? ''}`.trim();
}
