import type { Evidence } from '../../domain/entities';
import type { SeedGraph } from '../../seed/seed-graph';
import { relationshipEnds, seedRelationships, type RelationshipType } from '../../store/seed-relationships';
import { locatorsOf } from './locators';

/** The attributes GraphML declares, each for nodes or edges; Gephi and Cytoscape show them as columns. */
const nodeKeys = [
  'kind',
  'label',
  'slug',
  'family',
  'seniority',
  'track',
  'category',
  'technologyKind',
  'description',
  'evidence',
] as const;
const edgeKeys = ['type', 'importance', 'inherited', 'transitionKind', 'evidence'] as const;

/** Text for an XML attribute or element: the five characters XML reserves, escaped. */
const escape = (value: string) => value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** XML 1.0 forbids most control characters even escaped: they are dropped. */
// eslint-disable-next-line no-control-regex
const legal = (value: string) => value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * The dataset as GraphML (graphml.graphdrawing.org), the graph format Gephi, Cytoscape, yEd and
 * NetworkX read: every node (id "Kind:slug") and relationship, with its kind, label, main attributes
 * and evidence locators as data. Salaries are left out: they are figures, not graph structure (the CSV
 * and JSON Lines exports carry them).
 */
export function* graphmlChunks(graph: SeedGraph): Iterable<string> {
  const data = (prefix: 'n' | 'e', key: string, value: unknown) =>
    value === null || value === undefined || value === ''
      ? ''
      : `<data key="${prefix}_${key}">${escape(legal(String(value)))}</data>`;
  const node = (kind: string, slug: string, label: string, fields: Record<string, unknown>) =>
    `  <node id="${escape(`${kind}:${slug}`)}">${data('n', 'kind', kind)}${data('n', 'label', label)}${data('n', 'slug', slug)}${Object.entries(
      fields,
    )
      .map(([key, value]) => data('n', key, value))
      .join('')}</node>\n`;
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    nodeKeys
      .map((key) => `  <key id="n_${key}" for="node" attr.name="${key}" attr.type="string"/>\n`)
      .join('') +
    edgeKeys
      .map((key) => `  <key id="e_${key}" for="edge" attr.name="${key}" attr.type="string"/>\n`)
      .join('') +
    `  <graph id="careergraph-${escape(graph.release.version)}" edgedefault="directed">\n`
  );
  yield graph.sources.map((s) => node('Source', s.slug, s.title, { description: s.description })).join('');
  // A described node: its own fields, then the description and evidence every kind but Source has.
  const described = (
    kind: string,
    n: { slug: string; name: string; description: string | null; evidence: readonly Evidence[] },
    fields: Record<string, unknown>,
  ) =>
    node(kind, n.slug, n.name, { ...fields, description: n.description, evidence: locatorsOf(n.evidence) });
  yield graph.roles
    .map((r) => described('Role', r, { family: r.family, seniority: r.seniority, track: r.track }))
    .join('');
  yield graph.skills.map((s) => described('Skill', s, { category: s.category })).join('');
  yield graph.technologies.map((t) => described('Technology', t, { technologyKind: t.kind })).join('');
  yield graph.industries.map((i) => described('Industry', i, {})).join('');
  const relationships = seedRelationships(graph);
  let edges = 0;
  for (const type of Object.keys(relationshipEnds) as RelationshipType[]) {
    const [from, to] = relationshipEnds[type];
    let batch = '';
    for (const link of relationships[type]) {
      batch +=
        `  <edge id="e${edges++}" source="${escape(`${from}:${link.from}`)}" target="${escape(`${to}:${link.to}`)}">` +
        `${data('e', 'type', type)}${data('e', 'importance', link.importance)}${data('e', 'inherited', link.inheritedFrom)}` +
        `${data('e', 'transitionKind', link.kind)}${data('e', 'evidence', locatorsOf(link.evidence))}</edge>\n`;
      if (batch.length > 64_000) {
        yield batch;
        batch = '';
      }
    }
    if (batch !== '') yield batch;
  }
  yield '  </graph>\n</graphml>\n';
}
