import MiniSearch from 'minisearch';
import { generateSeedGraph } from '../../bench/generate-graph';
import { mulberry32 } from '../../bench/random';
import type { EntityKind } from '../../src/domain/enums';
import { compact, nameMatchBoost } from '../../src/domain/search-text';
import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import type { NodeKind, SearchQuery, SearchResult } from '../../src/store/graph-store';
import {
  MemorySearchIndex,
  searchDocuments,
  searchIndexOptions,
  type SearchDocument,
} from '../../src/store/memory/memory-search';

/**
 * The search as it was before it was pruned: MiniSearch alone (every word, else any word), the name
 * boost on every hit, then a full sort. The store must answer exactly this, scores included.
 */
function unprunedSearch(index: MiniSearch<SearchDocument>, query: SearchQuery): SearchResult[] {
  const kindOf: Record<EntityKind, NodeKind> = {
    ROLE: 'Role',
    SKILL: 'Skill',
    TECHNOLOGY: 'Technology',
    INDUSTRY: 'Industry',
  };
  const kinds = query.kinds && query.kinds.length > 0 ? new Set(query.kinds.map((k) => kindOf[k])) : null;
  const filter = kinds === null ? undefined : (hit: { kind: NodeKind }) => kinds.has(hit.kind);
  let hits = index.search(query.text, { filter: filter as never });
  if (hits.length === 0) hits = index.search(query.text, { filter: filter as never, combineWith: 'OR' });
  const wanted = compact(query.text);
  const scored = hits.map((hit) => ({
    kind: hit.kind as NodeKind,
    slug: hit.slug as string,
    score: hit.score * nameMatchBoost(wanted, hit.names as string[]),
  }));
  const best = scored.reduce((max, hit) => Math.max(max, hit.score), Number.MIN_VALUE);
  return scored
    .map((hit) => ({ ...hit, score: Math.round((hit.score / best) * 10000) / 10000 }))
    .sort((a, b) => b.score - a.score || (a.kind + a.slug < b.kind + b.slug ? -1 : 1))
    .slice(0, query.limit);
}

/** Names, prefixes, one-letter typos and word pairs taken from the graph's own nodes, plus odd cases. */
function queriesFor(graph: SeedGraph, count: number): string[] {
  const random = mulberry32(11);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const nodes = [...graph.roles, ...graph.skills, ...graph.technologies, ...graph.industries];
  const queries = new Set(['engineer', 'developer senior', 'c# c++', 'postgre sql', 'zzqxwv nope', 'a', '']);
  while (queries.size < count) {
    const node = pick(nodes);
    const words = [node.name, ...node.aliases].join(' ').split(/\s+/);
    const word = pick(words);
    const at = Math.floor(random() * word.length);
    queries.add(
      pick([
        node.name,
        word.slice(0, 2 + Math.floor(random() * 4)),
        word.slice(0, at) + word.slice(at + 1),
        `${word} ${pick(pick(nodes).name.split(' '))}`,
        `${pick(words).slice(0, 4)} ${word}`,
      ]),
    );
  }
  return [...queries];
}

function expectSameAnswers(graph: SeedGraph, queries: readonly string[], limits: readonly number[]) {
  const pruned = new MemorySearchIndex(graph);
  const reference = new MiniSearch<SearchDocument>(searchIndexOptions);
  reference.addAll(searchDocuments(graph));
  const kindSets: (EntityKind[] | null)[] = [null, ['ROLE'], ['SKILL', 'TECHNOLOGY']];
  const differing: unknown[] = [];
  let found = 0;
  for (const text of queries) {
    for (const kinds of kindSets) {
      for (const limit of limits) {
        const query = { text, kinds, limit };
        const [hits, expected] = [pruned.search(query), unprunedSearch(reference, query)];
        found += hits.length;
        if (JSON.stringify(hits) !== JSON.stringify(expected)) differing.push({ query, hits, expected });
      }
    }
  }
  expect(differing.slice(0, 3)).toEqual([]);
  expect(found).toBeGreaterThan(queries.length);
}

describe('MemorySearchIndex', () => {
  it('answers every query on the seed graph exactly as the unpruned search does', async () => {
    const seed = await loadSeed();
    expectSameAnswers(seed, queriesFor(seed, 200), [1, 50]);
  });

  it('answers exactly as the unpruned search does on a generated 2,000-role graph', () => {
    const graph = generateSeedGraph(2000, 5, 7);
    expectSameAnswers(graph, queriesFor(graph, 120), [10]);
  });
});
