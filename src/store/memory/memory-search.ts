import MiniSearch, { type Options, type SearchResult as MiniSearchHit } from 'minisearch';
import { compact, nameMatchBoost, tokenize } from '../../domain/search-text';
import type { EntityKind } from '../../domain/enums';
import { TopRanked } from '../../domain/top-ranked';
import type { SeedGraph } from '../../seed/seed-graph';
import type { NodeKind, SearchQuery, SearchResult } from '../graph-store';

export interface SearchDocument {
  id: string;
  kind: NodeKind;
  slug: string;
  name: string;
  aliases: string;
  compactNames: string;
  /** Stored, not indexed: the name and aliases run together, what the name boost compares with. */
  names: string[];
  /** Stored, not indexed: the document's number, 0 to the document count. */
  n: number;
  description: string;
}

const kindOfEntity: Record<EntityKind, NodeKind> = {
  ROLE: 'Role',
  SKILL: 'Skill',
  TECHNOLOGY: 'Technology',
  INDUSTRY: 'Industry',
};

/** How documents are indexed and searched: names weigh most, prefixes and small typos match. */
export const searchIndexOptions: Options<SearchDocument> = {
  fields: ['name', 'aliases', 'compactNames', 'description'],
  storeFields: ['kind', 'slug', 'names', 'n'],
  tokenize,
  processTerm: (term) => term,
  searchOptions: {
    boost: { name: 3, aliases: 2.5, compactNames: 2, description: 0.5 },
    prefix: (term) => term.length >= 2,
    // One typo in five letters, none in very short words where a typo makes another word.
    fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    combineWith: 'AND',
  },
};

/** A query word searched on its own, as MiniSearch would search it within the whole query. */
const asOneWord = (word: string) => [word];
/** Scoring this many candidates costs less than scanning one more common word to narrow them. */
const fewEnoughToScore = 1_000;

/** One document per searchable node, numbered from 0. */
export function searchDocuments(graph: SeedGraph): SearchDocument[] {
  const nodes = [
    ...graph.roles.map((node) => ({ kind: 'Role' as const, node })),
    ...graph.skills.map((node) => ({ kind: 'Skill' as const, node })),
    ...graph.technologies.map((node) => ({ kind: 'Technology' as const, node })),
    ...graph.industries.map((node) => ({ kind: 'Industry' as const, node })),
  ];
  return nodes.map(({ kind, node }, n) => {
    const names = [node.name, ...node.aliases].map(compact);
    return {
      id: `${kind}:${node.slug}`,
      kind,
      slug: node.slug,
      name: node.name,
      aliases: node.aliases.join(' \n '),
      compactNames: names.join(' '),
      names,
      n,
      description: node.description ?? '',
    };
  });
}

/**
 * Full-text search over names, aliases and descriptions of every searchable node, with MiniSearch:
 * prefix matching ("postgres" finds PostgreSQL) and typo tolerance ("kubernets"), names weighing most.
 */
export class MemorySearchIndex {
  private readonly index: MiniSearch<SearchDocument>;
  /** Per document number, scratch for one search: how many of the query's words it matched so far. */
  private readonly wordsMatched: Uint32Array;
  /** Per indexed word, how often document fields hold it: its cost to scan, before prefixes and typos. */
  private readonly fieldsHolding = new Map<string, number>();

  constructor(graph: SeedGraph) {
    const documents = searchDocuments(graph);
    // Words are counted as they are indexed; queries are tokenized by the search options' tokenize.
    const countingTokenize = (text: string) => {
      const words = tokenize(text);
      for (const word of words) this.fieldsHolding.set(word, (this.fieldsHolding.get(word) ?? 0) + 1);
      return words;
    };
    this.index = new MiniSearch<SearchDocument>({
      ...searchIndexOptions,
      tokenize: countingTokenize,
      searchOptions: { ...searchIndexOptions.searchOptions, tokenize },
    });
    this.index.addAll(documents);
    this.wordsMatched = new Uint32Array(documents.length);
  }

  search(query: SearchQuery): SearchResult[] {
    const kinds =
      query.kinds && query.kinds.length > 0 ? new Set(query.kinds.map((kind) => kindOfEntity[kind])) : null;
    const filter = kinds === null ? undefined : (hit: MiniSearchHit) => kinds.has(hit.kind as NodeKind);
    // Every word must match; when none does, fall back to any word, so a long query still finds something.
    let hits = this.everyWord(query.text, kinds, filter);
    if (hits.length === 0) hits = this.index.search(query.text, { filter, combineWith: 'OR' });
    return rank(hits, compact(query.text), query.limit);
  }

  /**
   * The search requiring every word. MiniSearch scores every document a word matches and intersects
   * afterwards, so "senior engineer 17" would score most roles of a large graph to keep one. Here the
   * documents matching the words are found first, by scans that score nothing (a document whose
   * boostDocument is 0 is skipped before it is scored), until few enough are left; the search then
   * scores only those. The answer is the same: the others could not match every word, and a boost of
   * 1 changes no score.
   */
  private everyWord(
    text: string,
    kinds: ReadonlySet<NodeKind> | null,
    filter: ((hit: MiniSearchHit) => boolean) | undefined,
  ): MiniSearchHit[] {
    // Rarest first, so that the first scans leave few candidates. A word not indexed as such matches only
    // as a prefix or with a typo, possibly a great deal, and goes last.
    const cost = (word: string) => this.fieldsHolding.get(word) ?? Number.MAX_SAFE_INTEGER;
    const words = [...new Set(tokenize(text))].sort((a, b) => cost(a) - cost(b));
    // On a small index scoring everything is cheap, and scans would only add to it.
    if (words.length < 2 || this.wordsMatched.length <= fewEnoughToScore)
      return this.index.search(text, { filter });
    const { wordsMatched } = this;
    wordsMatched.fill(0);
    // A candidate is a document that matched each of the first `scanned` words.
    let scanned = 0;
    for (const word of words) {
      let candidates = 0;
      this.index.search(word, {
        tokenize: asOneWord,
        boostDocument: (_id, _term, stored) => {
          const n = stored?.n as number;
          if (
            wordsMatched[n] === scanned &&
            (scanned > 0 || kinds === null || kinds.has(stored?.kind as NodeKind))
          ) {
            wordsMatched[n] = scanned + 1;
            candidates++;
          }
          return 0;
        },
      });
      scanned++;
      if (candidates === 0) return [];
      if (candidates <= fewEnoughToScore) break;
    }
    return this.index.search(text, {
      filter,
      boostDocument: (_id, _term, stored) => (wordsMatched[stored?.n as number] === scanned ? 1 : 0),
    });
  }
}

/**
 * Hits ranked as every store ranks them: the name boost, scores relative to the best (rounded to four
 * decimals), ties by kind and slug. One pass, keeping only the best `limit`: a broad word can match
 * most of a large graph.
 */
function rank(hits: readonly MiniSearchHit[], wanted: string, limit: number): SearchResult[] {
  const boosted = hits.map((hit) => hit.score * nameMatchBoost(wanted, hit.names as string[]));
  let best = Number.MIN_VALUE;
  for (const score of boosted) if (score > best) best = score;
  // Ids are "Kind:slug" and every kind starts with its own letter, so ids order as kind, then slug.
  const top = new TopRanked<{ hit: MiniSearchHit; score: number }>(
    limit,
    (a, b) => b.score - a.score || (a.hit.id < b.hit.id ? -1 : 1),
  );
  hits.forEach((hit, index) =>
    top.offer({ hit, score: Math.round(((boosted[index] as number) / best) * 10000) / 10000 }),
  );
  return top
    .items()
    .map(({ hit, score }) => ({ kind: hit.kind as NodeKind, slug: hit.slug as string, score }));
}
