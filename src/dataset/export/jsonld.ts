import type { ExternalId } from '../../domain/entities';
import type { SeedGraph } from '../../seed/seed-graph';

const base = 'urn:careergraph:';
const iri = (kind: string, slug: string) => `${base}${kind.toLowerCase()}:${slug}`;

const matchProperty: Record<ExternalId['match'], string> = {
  EXACT: 'exactMatch',
  CLOSE: 'closeMatch',
  BROAD: 'broadMatch',
  NARROW: 'narrowMatch',
  RELATED: 'relatedMatch',
};

const id = { '@type': '@id' } as const;

/** The vocabulary: SKOS for concepts, labels and mappings; careergraph's own terms for the rest. */
export const jsonldContext = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  cg: `${base}vocab:`,
  dct: 'http://purl.org/dc/terms/',
  prefLabel: 'skos:prefLabel',
  altLabel: 'skos:altLabel',
  definition: 'skos:definition',
  notation: 'skos:notation',
  inScheme: { '@id': 'skos:inScheme', ...id },
  broader: { '@id': 'skos:broader', ...id },
  related: { '@id': 'skos:related', ...id },
  exactMatch: { '@id': 'skos:exactMatch', ...id },
  closeMatch: { '@id': 'skos:closeMatch', ...id },
  broadMatch: { '@id': 'skos:broadMatch', ...id },
  narrowMatch: { '@id': 'skos:narrowMatch', ...id },
  relatedMatch: { '@id': 'skos:relatedMatch', ...id },
  requires: { '@id': 'cg:requires', ...id },
  uses: { '@id': 'cg:uses', ...id },
  transitionsTo: { '@id': 'cg:transitionsTo', ...id },
  prerequisiteOf: { '@id': 'cg:prerequisiteOf', ...id },
  appliesTechnology: { '@id': 'cg:appliesTechnology', ...id },
  writtenIn: { '@id': 'cg:writtenIn', ...id },
  hires: { '@id': 'cg:hires', ...id },
  source: { '@id': 'dct:source', ...id },
  family: 'cg:family',
  seniority: 'cg:seniority',
  category: 'cg:category',
  kind: 'cg:kind',
  version: 'cg:version',
  hash: 'cg:contentHash',
  issued: 'dct:issued',
  license: 'dct:license',
  title: 'dct:title',
} as const;

/**
 * The dataset as JSON-LD: one SKOS concept scheme whose concepts are the roles, skills, technologies
 * and industries (prefLabel, altLabel, definition), with the ESCO crosswalk as SKOS mappings
 * (exactMatch, closeMatch, broadMatch, narrowMatch, relatedMatch), a level's occupation as skos:broader,
 * related skills as skos:related, and the other links as careergraph properties. Evidence stays in the
 * CSV and JSON Lines exports; here each concept names its sources (dct:source). The entries of
 * `@graph`, one at a time (jsonldChunks writes them as they come).
 */
export function* jsonldEntries(graph: SeedGraph, hash: string): Iterable<object> {
  const scheme = `${base}scheme`;
  const requires = groupBy(graph.requirements, (l) => l.role);
  const uses = groupBy(graph.roleTechnologies, (l) => l.role);
  const moves = groupBy(graph.transitions, (t) => t.from);
  const unlocks = groupBy(graph.prerequisites, (l) => l.from);
  const relatedFrom = groupBy(graph.relatedSkills, (l) => l.from);
  const applies = groupBy(graph.skillTechnologies, (l) => l.from);
  const written = groupBy(graph.frameworkLanguages, (l) => l.from);
  const hires = groupBy(graph.hires, (h) => h.industry);
  yield {
    '@id': scheme,
    '@type': 'skos:ConceptScheme',
    prefLabel: { '@value': 'careergraph', '@language': 'en' },
    version: graph.release.version,
    issued: graph.release.released,
    hash,
  };
  for (const s of graph.sources)
    yield {
      '@id': iri('Source', s.slug),
      '@type': 'cg:Source',
      title: s.title,
      ...(s.licence === null ? {} : { license: s.licence }),
    };
  for (const r of graph.roles)
    yield {
      ...concept(scheme, 'Role', r),
      family: r.family,
      seniority: r.seniority,
      ...(r.occupation === null ? {} : { broader: iri('Role', r.occupation) }),
      ...mappings(r.externalIds),
      ...linksTo(
        'requires',
        'Skill',
        requires(r.slug).map((l) => l.target),
      ),
      ...linksTo(
        'uses',
        'Technology',
        uses(r.slug).map((l) => l.target),
      ),
      ...linksTo(
        'transitionsTo',
        'Role',
        moves(r.slug).map((t) => t.to),
      ),
    };
  for (const s of graph.skills)
    yield {
      ...concept(scheme, 'Skill', s),
      category: s.category,
      ...mappings(s.externalIds),
      ...linksTo(
        'prerequisiteOf',
        'Skill',
        unlocks(s.slug).map((l) => l.to),
      ),
      ...linksTo(
        'related',
        'Skill',
        relatedFrom(s.slug).map((l) => l.to),
      ),
      ...linksTo(
        'appliesTechnology',
        'Technology',
        applies(s.slug).map((l) => l.to),
      ),
    };
  for (const t of graph.technologies)
    yield {
      ...concept(scheme, 'Technology', t),
      kind: t.kind,
      ...mappings(t.externalIds),
      ...linksTo(
        'writtenIn',
        'Technology',
        written(t.slug).map((l) => l.to),
      ),
    };
  for (const i of graph.industries)
    yield {
      ...concept(scheme, 'Industry', i),
      ...linksTo(
        'hires',
        'Role',
        hires(i.slug).map((h) => h.role),
      ),
    };
}

/** Items by a key: a lookup that answers an empty list for a key no item has. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): (slug: string) => readonly T[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return (slug) => map.get(slug) ?? [];
}

/** The crosswalk as SKOS mapping properties, each with the URIs it maps to. */
function mappings(externalIds: readonly ExternalId[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const external of externalIds) (found[matchProperty[external.match]] ??= []).push(external.uri);
  return found;
}

/** A node as a SKOS concept of the scheme: its names, definition and sources. */
function concept(
  scheme: string,
  kind: string,
  node: {
    slug: string;
    name: string;
    aliases: readonly string[];
    description: string | null;
    sources: readonly string[];
  },
) {
  return {
    '@id': iri(kind, node.slug),
    '@type': ['skos:Concept', `cg:${kind}`],
    inScheme: scheme,
    notation: node.slug,
    prefLabel: { '@value': node.name, '@language': 'en' },
    ...(node.aliases.length > 0
      ? { altLabel: node.aliases.map((alias) => ({ '@value': alias, '@language': 'en' })) }
      : {}),
    ...(node.description === null ? {} : { definition: { '@value': node.description, '@language': 'en' } }),
    source: node.sources.map((slug) => iri('Source', slug)),
  };
}

/** A property linking to nodes of one kind by slug; left out when there are none. */
function linksTo(property: string, kind: string, slugs: readonly string[]): Record<string, string[]> {
  return slugs.length > 0 ? { [property]: slugs.map((slug) => iri(kind, slug)) } : {};
}

/** The whole JSON-LD document as one object (for tests and small graphs; the export streams jsonldChunks). */
export function jsonldDocument(graph: SeedGraph, hash: string): object {
  return { '@context': jsonldContext, '@graph': [...jsonldEntries(graph, hash)] };
}

/**
 * The JSON-LD document as text, written entry by entry: the same JSON as `JSON.stringify(jsonldDocument())`,
 * without holding the whole document at once.
 */
export function* jsonldChunks(graph: SeedGraph, hash: string): Iterable<string> {
  let batch = `{"@context":${JSON.stringify(jsonldContext)},"@graph":[`;
  let first = true;
  for (const entry of jsonldEntries(graph, hash)) {
    batch += `${first ? '' : ','}${JSON.stringify(entry)}`;
    first = false;
    if (batch.length >= 64 * 1024) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}]}\n`;
}
