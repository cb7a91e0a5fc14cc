import type { ExternalId } from './entities';

/** Crosswalk relations close enough to treat two nodes as one concept (SKOS exactMatch and closeMatch). */
export const sameConceptMatches: ReadonlySet<ExternalId['match']> = new Set(['EXACT', 'CLOSE']);

/** A skill or technology, as concept grouping reads it. */
export interface ConceptMember {
  /** "Skill:sql", "Technology:python": unique across kinds. */
  readonly key: string;
  readonly externalIds: readonly ExternalId[];
}

/**
 * The concept each skill and technology stands for: nodes joined through an external concept they
 * both match EXACT or CLOSE (a guide skill crosswalked to an ESCO skill, which carries its own URI as
 * EXACT) are one concept, transitively. A concept is named by its smallest member key, so the answer
 * does not depend on input order; a node joined to nothing is its own concept. This is what lets a
 * guide role and an ESCO occupation share a skill (domain/similarity.ts) without merging the nodes.
 */
export function conceptsOf(members: Iterable<ConceptMember>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    for (let at = key; at !== root;) {
      const next = parent.get(at) as string;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const join = (a: string, b: string) => {
    const [x, y] = [find(a), find(b)];
    if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
  };
  const keys: string[] = [];
  for (const member of members) {
    keys.push(member.key);
    if (!parent.has(member.key)) parent.set(member.key, member.key);
    for (const id of member.externalIds) {
      if (!sameConceptMatches.has(id.match)) continue;
      const uri = `uri:${id.uri}`;
      if (!parent.has(uri)) parent.set(uri, uri);
      join(member.key, uri);
    }
  }
  // A URI can be the smallest key of a group only if it sorts first; "uri:" sorts after "Skill:" and
  // "Technology:" (upper case first), so every group with a member is named by a member.
  return new Map(keys.map((key) => [key, find(key)]));
}

/**
 * The URI of the external concept a node is (not one it is crosswalked to): an EXACT id that the node's
 * own evidence cites, as an ESCO node cites its concept URI. A guide node mapped EXACT to an ESCO
 * concept cites document lines, so only the ESCO node answers to the URI (Query.byExternalId).
 */
export function ownConceptUri(entity: {
  readonly externalIds: readonly ExternalId[];
  readonly evidence: readonly { readonly uri: string | null }[];
}): string | null {
  for (const id of entity.externalIds)
    if (id.match === 'EXACT' && entity.evidence.some((item) => item.uri === id.uri)) return id.uri;
  return null;
}
