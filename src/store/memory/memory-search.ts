import MiniSearch, { type SearchResult as MiniSearchHit } from 'minisearch';
import { compact, nameMatchBoost, tokenize } from '../../domain/search-text';
import type { EntityKind } from '../../domain/enums';
import type { SeedGraph } from '../../seed/seed-graph';
import type { NodeKind, SearchQuery, SearchResult } from '../graph-store';

interface SearchDocument {
  id: string;
  kind: NodeKind;
  slug: string;
  name: string;
  aliases: string;
  compactNames: string;
  description: string;
}

const kindOfEntity: Record<EntityKind, NodeKind> = {
  ROLE: 'Role',
  SKILL: 'Skill',
  TECHNOLOGY: 'Technology',
  INDUSTRY: 'Industry',
};

/**
 * Full-text search over names, aliases and descriptions of every searchable node, with MiniSearch:
 * prefix matching ("postgres" finds PostgreSQL) and typo tolerance ("kubernets"), names weighing most.
 */
export class MemorySearchIndex {
  private readonly index = new MiniSearch<SearchDocument>({
    fields: ['name', 'aliases', 'compactNames', 'description'],
    storeFields: ['kind', 'slug', 'compactNames'],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { name: 3, aliases: 2.5, compactNames: 2, description: 0.5 },
      prefix: (term) => term.length >= 2,
      // One typo in five letters, none in very short words where a typo makes another word.
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });

  constructor(graph: SeedGraph) {
    const documents = (
      kind: NodeKind,
      nodes: readonly {
        slug: string;
        name: string;
        aliases: readonly string[];
        description: string | null;
      }[],
    ) =>
      nodes.map((node) => ({
        id: `${kind}:${node.slug}`,
        kind,
        slug: node.slug,
        name: node.name,
        aliases: node.aliases.join(' \n '),
        compactNames: [node.name, ...node.aliases].map(compact).join(' '),
        description: node.description ?? '',
      }));
    this.index.addAll([
      ...documents('Role', graph.roles),
      ...documents('Skill', graph.skills),
      ...documents('Technology', graph.technologies),
      ...documents('Industry', graph.industries),
    ]);
  }

  search(query: SearchQuery): SearchResult[] {
    const kinds =
      query.kinds && query.kinds.length > 0 ? new Set(query.kinds.map((kind) => kindOfEntity[kind])) : null;
    const filter = kinds === null ? undefined : (hit: MiniSearchHit) => kinds.has(hit.kind as NodeKind);
    // Every word must match; when none does, fall back to any word, so a long query still finds something.
    let hits = this.index.search(query.text, { filter });
    if (hits.length === 0) hits = this.index.search(query.text, { filter, combineWith: 'OR' });
    const wanted = compact(query.text);
    const scored = hits.map((hit) => ({
      kind: hit.kind as NodeKind,
      slug: hit.slug as string,
      score: hit.score * nameMatchBoost(wanted, (hit.compactNames as string).split(' ')),
    }));
    const best = Math.max(...scored.map((hit) => hit.score), Number.MIN_VALUE);
    return scored
      .map((hit) => ({ ...hit, score: Math.round((hit.score / best) * 10000) / 10000 }))
      .sort((a, b) => b.score - a.score || (a.kind + a.slug < b.kind + b.slug ? -1 : 1))
      .slice(0, query.limit);
  }
}
