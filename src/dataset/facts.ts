import type { NodeKind } from '../store/graph-store';
import { relationshipEnds, seedRelationships, type RelationshipType } from '../store/seed-relationships';
import type { SeedGraph } from '../seed/seed-graph';
import { compareText } from '../domain/ordering';

/** What a fact is: a node of a kind, a relationship of a type, or a salary figure (PAYS). */
export type FactType = NodeKind | RelationshipType | 'PAYS';

/**
 * One fact of the dataset: its type, its identity within the type (a slug, "from|to", a salary's key),
 * and everything else it states, evidence included. The unit of the content hash, the change log and
 * the exports: two graphs are the same dataset when they hold the same facts.
 */
export interface Fact {
  readonly type: FactType;
  readonly key: string;
  readonly value: Readonly<Record<string, unknown>>;
}

export const nodeKinds: readonly NodeKind[] = ['Source', 'Role', 'Skill', 'Technology', 'Industry'];
export const relationshipTypes = Object.keys(relationshipEnds) as RelationshipType[];
/** Every fact type, in the order facts are listed. */
export const factTypes: readonly FactType[] = [...nodeKinds, ...relationshipTypes, 'PAYS'];

/** A salary's identity: the same role, region, currency, period, figures and source are one fact. */
export const salaryKey = (s: SeedGraph['salaries'][number]): string =>
  [s.role, s.region, s.currency, s.period, s.min, s.max, s.source].join('|');

/**
 * Every fact of a graph, ordered by type, then key. `sources` is left out (it is the distinct sources
 * of the evidence); a RELATED_TO pair has no direction, so its ends are written in order. What levels
 * inherit is part of the dataset as loaded: both stores hold it.
 */
export function factsOf(graph: SeedGraph): Fact[] {
  const facts: Fact[] = [];
  const nodes: { readonly [K in NodeKind]: readonly { slug: string }[] } = {
    Source: graph.sources,
    Role: graph.roles,
    Skill: graph.skills,
    Technology: graph.technologies,
    Industry: graph.industries,
  };
  for (const type of nodeKinds) {
    for (const node of nodes[type]) {
      const { slug, sources: _sources, ...value } = node as { slug: string; sources?: unknown };
      facts.push({ type, key: slug, value });
    }
  }
  const relationships = seedRelationships(graph);
  for (const type of relationshipTypes) {
    for (const link of relationships[type]) {
      const { from, to, sources: _sources, ...value } = link;
      const [a, b] = type === 'RELATED_TO' && to < from ? [to, from] : [from, to];
      facts.push({ type, key: `${a}|${b}`, value });
    }
  }
  for (const salary of graph.salaries) {
    const { sources: _sources, ...value } = salary;
    facts.push({ type: 'PAYS', key: salaryKey(salary), value });
  }
  const typeOrder = new Map(factTypes.map((type, index) => [type, index]));
  return facts.sort(
    (x, y) =>
      (typeOrder.get(x.type) as number) - (typeOrder.get(y.type) as number) || compareText(x.key, y.key),
  );
}

/** How many facts of each type, in type order (types with none included). */
export function factCounts(facts: readonly Fact[]): { readonly kind: FactType; readonly count: number }[] {
  const counts = new Map(factTypes.map((type) => [type, 0]));
  for (const fact of facts) counts.set(fact.type, (counts.get(fact.type) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}
