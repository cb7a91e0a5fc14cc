import SearchableMap from 'minisearch/SearchableMap';
import type { EntityKind } from '../domain/enums';
import { PackedLists } from '../domain/packed-lists';
import { ownConceptUri, sameConceptMatches } from '../domain/same-concept';
import {
  WordMatchKind,
  covered,
  matchWord,
  maxTextWords,
  noWordMatch,
  partialScoreCeiling,
  prefixScoreCeiling,
  prepareText,
  type PreparedText,
  scoreName,
  typoBudget,
  wordMatchKind,
  wordScoreCeiling,
  minPrefixLength,
  type NameScore,
  type NameView,
  type WordMatch,
} from '../domain/search-scoring';
import { tokenize } from '../domain/search-text';
import type { SeedGraph } from '../seed/seed-graph';
import type { NodeKind, SearchQuery, SearchResult } from './graph-store';

/** One searchable node: what search reads of it. */
export interface SearchEntry {
  readonly kind: NodeKind;
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /**
   * Whether every source of the node is a classification (ESCO): on equal scores, the guides' node
   * comes before a classification's ("PostgreSQL" the guides' technology, then ESCO's skill).
   */
  readonly classification: boolean;
}

/** A searchable node with what lending names needs: the concept it is, and those it is the same as. */
export interface ConceptEntry extends SearchEntry {
  /** The external concept the node is (domain/same-concept.ts ownConceptUri); null for a guide node. */
  readonly conceptUri: string | null;
  /** The concepts it is crosswalked to EXACT or CLOSE. */
  readonly sameAs: readonly string[];
}

/**
 * The search entries, each guide node answering also to the names of the classification concepts it is
 * crosswalked to EXACT or CLOSE (the ESCO skill "PostgreSQL" is also called "Postgres", so the guides'
 * PostgreSQL answers to it too, as an alias). Nothing is lent to a classification node, and a node's
 * own `aliases` field is not changed: only what search matches. Both stores build their index from this.
 */
export function withLentNames(entries: Iterable<ConceptEntry>): SearchEntry[] {
  const all = [...entries];
  const namesOf = new Map<string, readonly string[]>();
  for (const entry of all)
    if (entry.conceptUri !== null) namesOf.set(entry.conceptUri, [entry.name, ...entry.aliases]);
  return all.map(({ conceptUri: _uri, sameAs, ...entry }) => {
    if (entry.classification || sameAs.length === 0) return entry;
    const own = new Set([entry.name, ...entry.aliases]);
    const lent = sameAs
      .flatMap((uri) => namesOf.get(uri) ?? [])
      .filter((name) => !own.has(name) && own.add(name));
    return lent.length === 0 ? entry : { ...entry, aliases: [...entry.aliases, ...lent] };
  });
}

/** The searchable nodes of a seed graph: roles, skills, technologies and industries. */
export function searchEntriesOf(graph: SeedGraph): SearchEntry[] {
  const classifications = new Set(
    graph.sources.filter((source) => source.publisher === 'CLASSIFICATION').map((source) => source.slug),
  );
  type Searchable = SeedGraph['roles' | 'skills' | 'technologies'][number] | SeedGraph['industries'][number];
  const entry = (kind: NodeKind, node: Searchable): ConceptEntry => {
    const externalIds = 'externalIds' in node ? node.externalIds : [];
    return {
      kind,
      slug: node.slug,
      name: node.name,
      aliases: node.aliases,
      classification: node.sources.length > 0 && node.sources.every((source) => classifications.has(source)),
      conceptUri: 'externalIds' in node ? ownConceptUri(node) : null,
      sameAs: externalIds.filter((id) => sameConceptMatches.has(id.match)).map((id) => id.uri),
    };
  };
  return withLentNames([
    ...graph.roles.map((node) => entry('Role', node)),
    ...graph.skills.map((node) => entry('Skill', node)),
    ...graph.technologies.map((node) => entry('Technology', node)),
    ...graph.industries.map((node) => entry('Industry', node)),
  ]);
}

/** The order of hits with equal scores, in every store: the guides' nodes first, then by "Kind:slug". */
export function tieOrderOf(entry: Pick<SearchEntry, 'kind' | 'slug' | 'classification'>): string {
  return `${entry.classification ? 1 : 0}${entry.kind}:${entry.slug}`;
}

export const nodeKindOfEntity: Readonly<Record<EntityKind, NodeKind>> = {
  ROLE: 'Role',
  SKILL: 'Skill',
  TECHNOLOGY: 'Technology',
  INDUSTRY: 'Industry',
};

/** Code-unit order: of tie keys (tieOrderOf), so hits with equal scores come in one order in every store. */
const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the text's words can reach in any name: the letters they account for at most, and whether one matches only by typo. */
interface Reach {
  readonly coverable: number;
  readonly onlyFuzzy: boolean;
}

/**
 * Whether a name can no longer make the cut, given the highest score it could reach: `stop` when no
 * name after it in its list can either (they are ordered by that bound), `skip` when only this one is
 * out (it ties the last kept document, but comes after it in id order).
 */
type Verdict = 'stop' | 'skip' | 'score';

/** One search's best documents so far, and how a name is judged and scored into them. */
interface TopDocuments {
  readonly documents: number[];
  readonly view: IndexedName;
  consider(name: number): void;
  verdict(ceiling: number, name: number): Verdict;
}

/**
 * The search of every store: names and aliases in memory, scored by domain/search-scoring.ts. Both the
 * embedded store (from the seed) and the Neo4j store (from the database, see neo4j-search-index.ts)
 * build it from the same entries, so they answer the same hits, in the same order, with the same scores.
 *
 * It finds candidates without scoring the graph: a dictionary of the names' words (a radix tree, for
 * prefixes and typos), each word's names, and the names run together in sorted order. A search expands
 * each word of the text to the dictionary words it matches (computing `matchWord` once per dictionary
 * word), walks the names of the word with the fewest, adds the names the text begins when run together,
 * and scores only those. It answers exactly what scoring every name would (test/unit/search-index.test.ts).
 */
export class SearchIndex {
  // Documents (nodes), numbered in id order so that a lower number wins a tie.
  private readonly docKind: NodeKind[];
  private readonly docSlug: string[];
  // Names (each node's name, then its aliases), numbered document by document.
  private readonly nameDoc: Int32Array;
  private readonly nameIsAlias: Uint8Array;
  private readonly nameCompact: string[];
  /** Letters of each name run together; a word's names are listed shortest first. */
  private readonly nameLength: Int32Array;
  private readonly nameWordStart: Int32Array;
  private readonly nameWords: Int32Array;
  // Dictionary words: their text, their names (shortest first, then in order), and the radix tree over them.
  private readonly words: string[] = [];
  /** Per word: the names holding it, shortest first (then in id order). */
  private readonly wordNames: PackedLists;
  private readonly dictionary = new SearchableMap<number>();
  // Names run together, sorted, each with its names.
  private readonly compacts: string[];
  /** Per run-together name in `compacts`: the names that run together to it. */
  private readonly compactNames: PackedLists;

  // Scratch of one search (a search runs synchronously, so one set serves every call).
  private serial = 0;
  private readonly wordSerial: Int32Array;
  private readonly wordMatches: Uint8Array;
  private readonly nameSerial: Int32Array;
  private readonly docSerial: Int32Array;
  private readonly docScore: Float64Array;
  private readonly docName: Int32Array;

  constructor(entries: Iterable<SearchEntry>) {
    const docs = [...entries]
      .map((entry) => ({ id: tieOrderOf(entry), entry }))
      .sort((a, b) => compareIds(a.id, b.id));
    this.docKind = docs.map((doc) => doc.entry.kind);
    this.docSlug = docs.map((doc) => doc.entry.slug);

    const wordIds = new Map<string, number>();
    const wordNames: number[][] = [];
    const nameDoc: number[] = [];
    const nameIsAlias: number[] = [];
    const nameWordStart: number[] = [0];
    const nameWords: number[] = [];
    this.nameCompact = [];
    const byCompact = new Map<string, number[]>();
    docs.forEach(({ entry }, doc) => {
      [entry.name, ...entry.aliases].forEach((text, index) => {
        const name = nameDoc.length;
        const tokens = tokenize(text);
        const compact = tokens.join('');
        nameDoc.push(doc);
        nameIsAlias.push(index > 0 ? 1 : 0);
        this.nameCompact.push(compact);
        for (const token of tokens) {
          let id = wordIds.get(token);
          if (id === undefined) {
            id = this.words.length;
            wordIds.set(token, id);
            this.words.push(token);
            wordNames.push([]);
            this.dictionary.set(token, id);
          }
          nameWords.push(id);
          const list = wordNames[id] as number[];
          if (list[list.length - 1] !== name) list.push(name);
        }
        nameWordStart.push(nameWords.length);
        if (compact.length > 0) {
          const list = byCompact.get(compact);
          if (list) list.push(name);
          else byCompact.set(compact, [name]);
        }
      });
    });
    this.nameDoc = Int32Array.from(nameDoc);
    this.nameIsAlias = Uint8Array.from(nameIsAlias);
    this.nameWordStart = Int32Array.from(nameWordStart);
    this.nameWords = Int32Array.from(nameWords);
    this.nameLength = Int32Array.from(this.nameCompact, (compact) => compact.length);
    const length = this.nameLength;
    this.wordNames = packed(wordNames);
    for (let word = 0; word < wordNames.length; word++)
      this.namesOf(this.wordNames, word).sort(
        (a, b) => (length[a] as number) - (length[b] as number) || a - b,
      );
    this.compacts = [...byCompact.keys()].sort(compareIds);
    this.compactNames = packed(this.compacts.map((compact) => byCompact.get(compact) as number[]));

    this.wordSerial = new Int32Array(this.words.length);
    this.wordMatches = new Uint8Array(this.words.length * maxTextWords);
    this.nameSerial = new Int32Array(nameDoc.length);
    this.docSerial = new Int32Array(docs.length);
    this.docScore = new Float64Array(docs.length);
    this.docName = new Int32Array(docs.length);
  }

  /** How many nodes the index holds. */
  get size(): number {
    return this.docKind.length;
  }

  search(query: SearchQuery): SearchResult[] {
    const text = prepareText(query.text);
    if (text.words.length === 0 || query.limit <= 0) return [];
    this.serial++;
    const expansions = text.words.map((word, index) => this.expand(word, index));
    const reach = this.reachOf(text, expansions);
    const top = this.topDocuments(text, query);
    this.findRunTogether(text, reach, top);
    this.findByWords(expansions, reach, top, query.minScore);
    return top.documents.map((doc) => {
      const name = this.docName[doc] as number;
      top.view.at(name);
      return {
        kind: this.docKind[doc] as NodeKind,
        slug: this.docSlug[doc] as string,
        score: this.docScore[doc] as number,
        match: (scoreName(text, top.view, this.nameIsAlias[name] === 1) as NameScore).match,
      };
    });
  }

  /** The most letters the text's words can account for in any name (bounding every name's word score), and whether some word matches only by typo. */
  private reachOf(text: PreparedText, expansions: readonly number[][]): Reach {
    let coverable = 0;
    let onlyFuzzy = false;
    expansions.forEach((wordIds, index) => {
      let most = 0;
      let allFuzzy = wordIds.length > 0;
      for (const word of wordIds) {
        const match = this.wordMatches[word * maxTextWords + index] as number;
        if (wordMatchKind(match) !== WordMatchKind.Fuzzy) allFuzzy = false;
        most = Math.max(
          most,
          covered(match, (text.words[index] as string).length, (this.words[word] as string).length),
        );
      }
      coverable += most;
      if (allFuzzy) onlyFuzzy = true;
    });
    return { coverable, onlyFuzzy };
  }

  /** The best `limit` documents so far, by score, then id; a document's score is its best name's. */
  private topDocuments(text: PreparedText, query: SearchQuery): TopDocuments {
    const { limit, minScore } = query;
    const kinds =
      query.kinds && query.kinds.length > 0
        ? new Set(query.kinds.map((kind) => nodeKindOfEntity[kind]))
        : null;
    const top: number[] = [];
    const before = (a: number, b: number) => {
      const difference = (this.docScore[a] as number) - (this.docScore[b] as number);
      return difference > 0 || (difference === 0 && a < b);
    };
    const view = new IndexedName(this);
    const consider = (name: number) => {
      if (this.nameSerial[name] === this.serial) return;
      this.nameSerial[name] = this.serial;
      const doc = this.nameDoc[name] as number;
      if (kinds !== null && !kinds.has(this.docKind[doc] as NodeKind)) return;
      view.at(name);
      const scored = scoreName(text, view, this.nameIsAlias[name] === 1);
      if (scored === null || scored.score < minScore) return;
      if (this.docSerial[doc] !== this.serial) {
        this.docSerial[doc] = this.serial;
        this.docScore[doc] = -1;
      }
      const best = this.docScore[doc] as number;
      if (!(scored.score > best || (scored.score === best && name < (this.docName[doc] as number)))) return;
      this.docScore[doc] = scored.score;
      this.docName[doc] = name;
      const at = top.indexOf(doc);
      if (at >= 0) top.splice(at, 1);
      else if (top.length === limit && !before(doc, top[limit - 1] as number)) return;
      let place = top.length;
      while (place > 0 && before(doc, top[place - 1] as number)) place--;
      top.splice(place, 0, doc);
      if (top.length > limit) top.pop();
    };
    const verdict = (ceiling: number, name: number): Verdict => {
      if (ceiling < minScore) return 'stop';
      if (top.length < limit) return 'score';
      const last = top[limit - 1] as number;
      const lastScore = this.docScore[last] as number;
      if (ceiling < lastScore) return 'stop';
      return ceiling === lastScore && (this.nameDoc[name] as number) > last ? 'skip' : 'score';
    };
    return { documents: top, view, consider, verdict };
  }

  /** The names the text begins when run together: the only EXACT, ALIAS and run-together hits. */
  private findRunTogether(text: PreparedText, { coverable, onlyFuzzy }: Reach, top: TopDocuments): void {
    const textLength = text.compact.length;
    const from = this.firstCompactFrom(text.compact);
    for (let at = from; at < this.compacts.length; at++) {
      const compact = this.compacts[at] as string;
      if (!compact.startsWith(text.compact) || (textLength < minPrefixLength && at > from)) break;
      for (const name of this.namesOf(this.compactNames, at)) {
        const ceiling =
          compact.length === textLength
            ? 1
            : Math.max(
                prefixScoreCeiling(textLength, compact.length),
                wordScoreCeiling(coverable, compact.length, onlyFuzzy),
              );
        if (top.verdict(ceiling, name) === 'score') top.consider(name);
      }
    }
  }

  /**
   * The names holding the words, shortest first. A full match holds a word of each of the text's words,
   * so the word with the fewest names finds them all; any other name is at most PARTIAL.
   */
  private findByWords(
    expansions: readonly number[][],
    { coverable, onlyFuzzy }: Reach,
    top: TopDocuments,
    minScore: number,
  ): void {
    const cost = (wordIds: readonly number[]) =>
      wordIds.reduce((sum, word) => sum + this.wordNames.sizeOf(word), 0);
    let driver = 0;
    expansions.forEach((wordIds, index) => {
      if (cost(wordIds) < cost(expansions[driver] as number[])) driver = index;
    });
    const walk = (wordIds: readonly number[], partialOnly: boolean) => {
      const lists = wordIds.map((word) => this.namesOf(this.wordNames, word));
      const shortest = (list: Int32Array) => this.nameLength[list[0] as number] as number;
      lists.sort((a, b) => shortest(a) - shortest(b));
      for (const list of lists) {
        for (let at = 0; at < list.length; at++) {
          const name = list[at] as number;
          const ceiling = wordScoreCeiling(coverable, this.nameLength[name] as number, onlyFuzzy);
          const outcome = top.verdict(partialOnly ? Math.min(ceiling, partialScoreCeiling) : ceiling, name);
          if (outcome === 'stop') break;
          if (outcome === 'score') top.consider(name);
          // Names of one length share the ceiling and come in document order, so the rest of them are
          // out too: without this jump, a word most names hold ("engineer") is walked name by name.
          else at = this.lastOfLength(list, at);
        }
      }
    };
    walk(expansions[driver] as number[], false);
    if (minScore <= partialScoreCeiling)
      expansions.forEach((wordIds, index) => {
        if (index !== driver) walk(wordIds, true);
      });
  }

  /**
   * The dictionary words one word of the text matches, with how each matches (kept in the scratch
   * tables for `view`): the word itself, the words it begins, and those within its typo budget. Each
   * is confirmed with `matchWord`, so the index and a plain scan of the names agree.
   */
  private expand(word: string, index: number): number[] {
    const candidates = new Set<number>();
    const same = this.dictionary.get(word);
    if (same !== undefined) candidates.add(same);
    if (word.length >= minPrefixLength)
      for (const [, id] of this.dictionary.atPrefix(word)) candidates.add(id);
    const budget = typoBudget(word);
    if (budget > 0) for (const [id] of this.dictionary.fuzzyGet(word, budget).values()) candidates.add(id);
    const matched: number[] = [];
    for (const id of candidates) {
      const match = matchWord(word, this.words[id] as string);
      if (match === noWordMatch) continue;
      if (this.wordSerial[id] !== this.serial) {
        this.wordSerial[id] = this.serial;
        this.wordMatches.fill(0, id * maxTextWords, (id + 1) * maxTextWords);
      }
      this.wordMatches[id * maxTextWords + index] = match;
      matched.push(id);
    }
    return matched;
  }

  /** The last position in a word's names (shortest first) holding a name as long as the one at `at`. */
  private lastOfLength(list: Int32Array, at: number): number {
    const length = this.nameLength[list[at] as number] as number;
    let low = at;
    let high = list.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.nameLength[list[middle] as number] as number) > length) high = middle - 1;
      else low = middle;
    }
    return low;
  }

  /** The first position in the sorted run-together names at or after `compact`. */
  private firstCompactFrom(compact: string): number {
    let low = 0;
    let high = this.compacts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.compacts[middle] as string) < compact) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Tables IndexedName reads; internal to this module. */
  /**
   * One list of `lists`, as a view of their one array: a hundred thousand words' lists as separate typed
   * arrays held 20 MB, most of it the arrays' own overhead.
   */
  private namesOf(lists: PackedLists, list: number): Int32Array {
    return lists.items.subarray(lists.starts[list] as number, lists.starts[list + 1] as number);
  }

  tables() {
    return {
      nameWordStart: this.nameWordStart,
      nameWords: this.nameWords,
      nameCompact: this.nameCompact,
      words: this.words,
      wordSerial: this.wordSerial,
      wordMatches: this.wordMatches,
      serial: this.serial,
    };
  }
}

/** One reusable view of an indexed name for scoring: plain fields, so the hot loop allocates nothing. */
class IndexedName implements NameView {
  compact = '';
  wordCount = 0;
  private start = 0;
  private readonly tables: ReturnType<SearchIndex['tables']>;

  constructor(index: SearchIndex) {
    this.tables = index.tables();
  }

  at(name: number): void {
    const { nameWordStart, nameCompact } = this.tables;
    this.start = nameWordStart[name] as number;
    this.wordCount = (nameWordStart[name + 1] as number) - this.start;
    this.compact = nameCompact[name] as string;
  }

  wordLength(j: number): number {
    const { words, nameWords } = this.tables;
    return (words[nameWords[this.start + j] as number] as string).length;
  }

  wordMatch(i: number, j: number): WordMatch {
    const { nameWords, wordSerial, wordMatches, serial } = this.tables;
    const word = nameWords[this.start + j] as number;
    return wordSerial[word] === serial ? (wordMatches[word * maxTextWords + i] as number) : noWordMatch;
  }
}

/** Lists of numbers packed into one array, each in its order. */
function packed(lists: readonly (readonly number[])[]): PackedLists {
  const builder = PackedLists.withSizes(lists.map((list) => list.length));
  lists.forEach((list, at) => list.forEach((item) => builder.add(at, item)));
  return builder.lists;
}
