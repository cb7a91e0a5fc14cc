import { generateSeedGraph } from '../../bench/generate-graph';
import { mulberry32 } from '../../bench/random';
import type { EntityKind } from '../../src/domain/enums';
import { relevanceFloor } from '../../src/domain/search-scoring';
import { loadSeed } from '../../src/seed/load-seed';
import { SearchIndex, searchEntriesOf, type SearchEntry } from '../../src/store/search-index';
import { answerFrom, scoreEveryEntry } from '../support/brute-force-search';

/** Names, prefixes, typos (a letter dropped, changed or swapped) and word pairs from the entries, plus odd cases. */
function queriesFor(entries: readonly SearchEntry[], count: number): string[] {
  const random = mulberry32(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const queries = new Set([
    'engineer',
    'developer senior',
    'c# c++',
    'postgre sql',
    'zzqxwv nope',
    'a',
    'ab',
    '',
    '  ',
    '#',
    'Café',
    'qa engineer',
    'node.j',
  ]);
  while (queries.size < count) {
    const entry = pick(entries);
    const names = [entry.name, ...entry.aliases];
    const words = names.join(' ').split(/\s+/);
    const word = pick(words);
    const at = Math.floor(random() * word.length);
    const typo = pick([
      word.slice(0, at) + word.slice(at + 1),
      word.slice(0, at) + 'e' + word.slice(at + 1),
      word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2),
    ]);
    queries.add(
      pick([
        pick(names),
        pick(names).toUpperCase(),
        word.slice(0, 2 + Math.floor(random() * 4)),
        typo,
        `${word} ${pick(pick(entries).name.split(' '))}`,
        `${pick(words).slice(0, 4)} ${word}`,
        `${typo} ${pick(words)}`,
      ]),
    );
  }
  return [...queries];
}

function expectSameAnswers(
  entries: readonly SearchEntry[],
  queries: readonly string[],
  limits: readonly number[],
  minScores: readonly number[],
) {
  const index = new SearchIndex(entries);
  const kindSets: (EntityKind[] | null)[] = [null, ['ROLE'], ['SKILL', 'TECHNOLOGY']];
  const differing: unknown[] = [];
  let found = 0;
  for (const text of queries) {
    const scored = scoreEveryEntry(entries, text);
    for (const kinds of kindSets)
      for (const limit of limits)
        for (const minScore of minScores) {
          const query = { text, kinds, limit, minScore };
          const [hits, expected] = [index.search(query), answerFrom(scored, query)];
          found += hits.length;
          if (JSON.stringify(hits) !== JSON.stringify(expected)) differing.push({ query, hits, expected });
        }
  }
  expect(differing.slice(0, 3)).toEqual([]);
  expect(found).toBeGreaterThan(queries.length);
}

describe('SearchIndex', () => {
  it('answers every query on the seed graph (guides and ESCO) exactly as scoring every name does', async () => {
    const entries = [...searchEntriesOf(await loadSeed())];
    expectSameAnswers(entries, queriesFor(entries, 150), [1, 50], [relevanceFloor, 0, 0.9]);
  });

  it('answers exactly as scoring every name does on a generated 2,000-role graph', () => {
    const entries = [...searchEntriesOf(generateSeedGraph(2000, 5, 7))];
    expectSameAnswers(entries, queriesFor(entries, 100), [10], [relevanceFloor, 0]);
  });

  it('answers the same whatever order the entries come in', async () => {
    const entries = [...searchEntriesOf(await loadSeed())];
    const forward = new SearchIndex(entries);
    const backward = new SearchIndex([...entries].reverse());
    for (const text of ['engineer', 'developer', 'sql', 'data'])
      expect(backward.search({ text, kinds: null, limit: 50, minScore: 0 })).toEqual(
        forward.search({ text, kinds: null, limit: 50, minScore: 0 }),
      );
  });
});
