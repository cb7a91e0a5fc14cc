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
  const group = <T>(items: readonly T[], key: (item: T) => string) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(key(item));
      if (list) list.push(item);
      else map.set(key(item), [item]);
    }
    return (slug: string) => map.get(slug) ?? [];
  };
  const requires = group(graph.requirements, (l) => l.role);
  const uses = group(graph.roleTechnologies, (l) => l.role);
  const moves = group(graph.transitions, (t) => t.from);
  const unlocks = group(graph.prerequisites, (l) => l.from);
  const relatedFrom = group(graph.relatedSkills, (l) => l.from);
  const applies = group(graph.skillTechnologies, (l) => l.from);
  const written = group(graph.frameworkLanguages, (l) => l.from);
  const hires = group(graph.hires, (h) => h.industry);
  const mappings = (externalIds: readonly ExternalId[]) => {
    const found: Record<string, string[]> = {};
    for (const external of externalIds) (found[matchProperty[external.match]] ??= []).push(external.uri);
    return found;
  };
  const concept = (
    kind: string,
    node: {
      slug: string;
      name: string;
      aliases: readonly string[];
      description: string | null;
      sources: readonly string[];
    },
  ) => ({
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
  });
  const nonEmpty = (name: string, values: readonly string[]) => (values.length > 0 ? { [name]: values } : {});
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
      ...concept('Role', r),
      family: r.family,
      seniority: r.seniority,
      ...(r.occupation === null ? {} : { broader: iri('Role', r.occupation) }),
      ...mappings(r.externalIds),
      ...nonEmpty(
        'requires',
        requires(r.slug).map((l) => iri('Skill', l.target)),
      ),
      ...nonEmpty(
        'uses',
        uses(r.slug).map((l) => iri('Technology', l.target)),
      ),
      ...nonEmpty(
        'transitionsTo',
        moves(r.slug).map((t) => iri('Role', t.to)),
      ),
    };
  for (const s of graph.skills)
    yield {
      ...concept('Skill', s),
      category: s.category,
      ...mappings(s.externalIds),
      ...nonEmpty(
        'prerequisiteOf',
        unlocks(s.slug).map((l) => iri('Skill', l.to)),
      ),
      ...nonEmpty(
        'related',
        relatedFrom(s.slug).map((l) => iri('Skill', l.to)),
      ),
      ...nonEmpty(
        'appliesTechnology',
        applies(s.slug).map((l) => iri('Technology', l.to)),
      ),
    };
  for (const t of graph.technologies)
    yield {
      ...concept('Technology', t),
      kind: t.kind,
      ...mappings(t.externalIds),
      ...nonEmpty(
        'writtenIn',
        written(t.slug).map((l) => iri('Technology', l.to)),
      ),
    };
  for (const i of graph.industries)
    yield {
      ...concept('Industry', i),
      ...nonEmpty(
        'hires',
        hires(i.slug).map((h) => iri('Role', h.role)),
      ),
    };
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
