/** The package ships no types. Its data files are plain objects keyed by lower-case word. */
declare module 'wink-lexicon/src/lexicon.js' {
  /** Everyday English words, each with its parts of speech, most frequent first. */
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export = lexicon;
}
declare module 'wink-lexicon/src/wn-words.js' {
  /** WordNet's lemmas, each with its index in the package's sense tables. */
  const words: Readonly<Record<string, number>>;
  export = words;
}
