/**
 * Every Cypher statement the Neo4j store runs, in one place so that test/unit/cypher-lint.test.ts can
 * check each with Neo4j's own parser and semantic analysis. Statements are constants: user input only
 * ever arrives as parameters. Lists come back unordered; the store orders them by domain/ordering.ts.
 */
import type { NodeKind, Relation } from '../graph-store';

// Projections: exactly the entity fields (entities.ts), never the search-only properties.
// Nested facts (evidence, alias evidence, ...) are JSON text properties: neo4j-records.ts parses them.
const named = '.slug, .name, .aliases, .aliasEvidence, .description, .sources, .evidence';
const role = (v: string) =>
  `${v} {${named}, .family, .seniority, .track, .experienceMin, .experienceMax, .occupation, .externalIds, .qualifications, .workSettings, .comparisons}`;
const skill = (v: string) => `${v} {${named}, .category, .skillType, .externalIds}`;
const technology = (v: string) => `${v} {${named}, .kind, .dataModel, .toolCategory, .externalIds}`;
const industry = (v: string) => `${v} {${named}}`;
const source = (v: string) =>
  `${v} {.slug, .title, .publisher, .document, .description, .licence, .attribution, .url}`;
const transition = (a: string, t: string, b: string) =>
  `{from: ${a}.slug, to: ${b}.slug, kind: ${t}.kind, typicalYears: ${t}.typicalYears, inheritedFrom: ${t}.inheritedFrom, sources: ${t}.sources, evidence: ${t}.evidence}`;
/** A graded link (REQUIRES, USES) as `<end>: ..., importance, inheritedFrom, sources, evidence`. */
const graded = (r: string) =>
  `importance: ${r}.importance, inheritedFrom: ${r}.inheritedFrom, sources: ${r}.sources, evidence: ${r}.evidence`;
/** A plain sourced link's neighbour: `{node, sources, evidence}`. */
const linked = (node: string, r: string) => `{node: ${node}, sources: ${r}.sources, evidence: ${r}.evidence}`;

export const nodesBySlug = {
  Role: `UNWIND $slugs AS slug MATCH (n:Role {slug: slug}) RETURN slug, ${role('n')} AS node`,
  Skill: `UNWIND $slugs AS slug MATCH (n:Skill {slug: slug}) RETURN slug, ${skill('n')} AS node`,
  Technology: `UNWIND $slugs AS slug MATCH (n:Technology {slug: slug}) RETURN slug, ${technology('n')} AS node`,
  Industry: `UNWIND $slugs AS slug MATCH (n:Industry {slug: slug}) RETURN slug, ${industry('n')} AS node`,
  Source: `UNWIND $slugs AS slug MATCH (n:Source {slug: slug}) RETURN slug, ${source('n')} AS node`,
} as const;

/**
 * Each relation as a pattern from its owner node `o` and the map one neighbour becomes. Items leave the
 * owner out (a row carries it once, as `owner`, where the link needs it); `linked` names the role at
 * the far end of a transition, read along when a role is expanded.
 */
interface RelationCypher {
  readonly owner: NodeKind;
  readonly pattern: (o: string) => string;
  readonly item: (o: string) => string;
  readonly needsOwner?: true;
  readonly linked?: string;
}

const relationCypher: Record<Relation, RelationCypher> = {
  'Role.skills': {
    owner: 'Role',
    pattern: (o) => `(${o})-[q:REQUIRES]->(s:Skill)`,
    item: () => `{skill: ${skill('s')}, ${graded('q')}}`,
    needsOwner: true,
  },
  'Role.technologies': {
    owner: 'Role',
    pattern: (o) => `(${o})-[u:USES]->(t:Technology)`,
    item: () => `{technology: ${technology('t')}, ${graded('u')}}`,
    needsOwner: true,
  },
  'Role.levels': {
    owner: 'Role',
    pattern: (o) => `(l:Role)-[:LEVEL_OF]->(${o})`,
    item: () => role('l'),
  },
  'Role.nextRoles': {
    owner: 'Role',
    pattern: (o) => `(${o})-[t:TRANSITIONS_TO]->(b:Role)`,
    item: (o) => transition(o, 't', 'b'),
    linked: 'b',
  },
  'Role.previousRoles': {
    owner: 'Role',
    pattern: (o) => `(a:Role)-[t:TRANSITIONS_TO]->(${o})`,
    item: (o) => transition('a', 't', o),
    linked: 'a',
  },
  'Role.salaries': {
    owner: 'Role',
    pattern: (o) => `(${o})-[:PAYS]->(p:SalaryRange)`,
    item: () =>
      '{region: p.region, currency: p.currency, min: p.min, max: p.max, period: p.period, source: p.source, ' +
      'experienceMin: p.experienceMin, experienceMax: p.experienceMax, sources: p.sources, evidence: p.evidence}',
  },
  'Role.industries': {
    owner: 'Role',
    pattern: (o) => `(i:Industry)-[h:HIRES]->(${o})`,
    item: () =>
      `{industry: ${industry('i')}, emphasis: h.emphasis, sources: h.sources, evidence: h.evidence}`,
    needsOwner: true,
  },
  'Industry.roles': {
    owner: 'Industry',
    pattern: (o) => `(${o})-[h:HIRES]->(r:Role)`,
    item: () => `{role: ${role('r')}, emphasis: h.emphasis, sources: h.sources, evidence: h.evidence}`,
    needsOwner: true,
  },
  'Skill.roles': {
    owner: 'Skill',
    pattern: (o) => `(r:Role)-[q:REQUIRES]->(${o})`,
    item: () => `{role: ${role('r')}, ${graded('q')}}`,
    needsOwner: true,
  },
  'Skill.technologies': {
    owner: 'Skill',
    pattern: (o) => `(${o})-[k:APPLIES]->(t:Technology)`,
    item: () => linked(technology('t'), 'k'),
  },
  'Skill.prerequisites': {
    owner: 'Skill',
    pattern: (o) => `(p:Skill)-[k:PREREQUISITE_OF]->(${o})`,
    item: () => linked(skill('p'), 'k'),
  },
  'Skill.unlocks': {
    owner: 'Skill',
    pattern: (o) => `(${o})-[k:PREREQUISITE_OF]->(u:Skill)`,
    item: () => linked(skill('u'), 'k'),
  },
  'Skill.relatedSkills': {
    owner: 'Skill',
    pattern: (o) => `(${o})-[k:RELATED_TO]-(r:Skill)`,
    item: () => linked(skill('r'), 'k'),
  },
  'Technology.roles': {
    owner: 'Technology',
    pattern: (o) => `(r:Role)-[u:USES]->(${o})`,
    item: () => `{role: ${role('r')}, ${graded('u')}}`,
    needsOwner: true,
  },
  'Technology.skills': {
    owner: 'Technology',
    pattern: (o) => `(s:Skill)-[k:APPLIES]->(${o})`,
    item: () => linked(skill('s'), 'k'),
  },
  'Technology.languages': {
    owner: 'Technology',
    pattern: (o) => `(${o})-[k:WRITTEN_IN]->(l:Technology)`,
    item: () => linked(technology('l'), 'k'),
  },
  'Technology.frameworks': {
    owner: 'Technology',
    pattern: (o) => `(f:Technology)-[k:WRITTEN_IN]->(${o})`,
    item: () => linked(technology('f'), 'k'),
  },
};

const projectionOf: Record<NodeKind, (v: string) => string> = {
  Role: role,
  Skill: skill,
  Technology: technology,
  Industry: industry,
  Source: source,
};

const itemsOf = (relation: Relation, o: string) =>
  `COLLECT { MATCH ${relationCypher[relation].pattern(o)} RETURN ${relationCypher[relation].item(o)} }`;

/** Per key: `slug`, the `owner` (where the links need it, else null) and its neighbours as `items`. */
export const neighboursOf = Object.fromEntries(
  Object.entries(relationCypher).map(([relation, { owner, needsOwner }]) => [
    relation,
    `UNWIND $slugs AS slug MATCH (o:${owner} {slug: slug}) ` +
      `RETURN slug, ${needsOwner ? projectionOf[owner]('o') : 'null'} AS owner, ${itemsOf(relation as Relation, 'o')} AS items`,
  ]),
) as Record<Relation, string>;

/** What expands node `o` by some of its relations, as [name, expression]: `items0`, `items1`, .... */
const expansion = (relations: readonly Relation[], o: string): [string, string][] =>
  relations.map((relation, index) => {
    const { pattern, item, linked } = relationCypher[relation];
    // Each neighbour with the role it leads to (transitions) read in the same match, else null.
    const far = linked ? role(linked) : 'null';
    return [`items${index}`, `COLLECT { MATCH ${pattern(o)} RETURN {link: ${item(o)}, role: ${far}} }`];
  });

/**
 * Nodes by slug with the relations the API will ask for next, in one statement: per key `slug`,
 * `node`, and per relation (by index) `items<i>`, each `{link, role}`: the neighbour as neighboursOf
 * gives it, and for transitions the role it leads to (else null). Built per set of relations (there are few), so the plan cache holds each.
 */
export function expandNodes(kind: NodeKind, relations: readonly Relation[]): string {
  const columns = expansion(relations, 'o').map(([name, expression]) => `, ${expression} AS ${name}`);
  return `UNWIND $slugs AS slug MATCH (o:${kind} {slug: slug}) RETURN slug, ${projectionOf[kind]('o')} AS node${columns.join('')}`;
}

const page = (match: string, projection: string) =>
  `${match} WITH n ORDER BY toLower(n.name), n.slug WITH collect(n) AS matched ` +
  `RETURN size(matched) AS totalCount, [x IN matched[$offset..($offset + $limit)] | ${projection}] AS items`;

const rolesMatching =
  'MATCH (n:Role) WHERE ($family IS NULL OR n.family = $family) AND ($seniority IS NULL OR n.seniority = $seniority) AND ($track IS NULL OR n.track = $track)';
export const listRoles = page(rolesMatching, role('x'));

/** listRoles where each item is `{node, items0, items1, ...}`, the columns of expandNodes. */
export function listExpandedRoles(relations: readonly Relation[]): string {
  const fields = expansion(relations, 'x').map(([name, expression]) => `, ${name}: ${expression}`);
  return page(rolesMatching, `{node: ${role('x')}${fields.join('')}}`);
}
export const listSkills = page(
  'MATCH (n:Skill) WHERE $category IS NULL OR n.category = $category',
  skill('x'),
);
export const listTechnologies = page(
  'MATCH (n:Technology) WHERE $kind IS NULL OR n.kind = $kind',
  technology('x'),
);
export const listIndustries = `MATCH (n:Industry) RETURN ${industry('n')} AS node`;
export const listSources = `MATCH (n:Source) RETURN ${source('n')} AS node`;

/**
 * The whole transition graph as path finding reads it: every move with its facts, and every role's track
 * and threshold. The API keeps it in process (neo4j-transition-graph.ts), read once per dataset, so a
 * path query runs the embedded store's search over the same adjacency with no statement of its own.
 */
export const transitionGraph = `
MATCH (a:Role)-[t:TRANSITIONS_TO]->(b:Role)
RETURN a.slug AS from, b.slug AS to, t.kind AS kind, t.typicalYears AS typicalYears,
  t.inheritedFrom AS inheritedFrom, t.sources AS sources, t.evidence AS evidence`;

export const pathRoles = `
MATCH (r:Role)
RETURN r.slug AS slug, r.track AS track, r.experienceMin AS threshold`;

/**
 * What search reads of the graph: every searchable node's kind, slug, name and aliases, and whether only
 * classifications (ESCO) source it. The API builds
 * its in-process search index (store/search-index.ts) from these rows, as the embedded store does
 * from the seed, so both stores rank alike.
 */
export const searchEntries = `
OPTIONAL MATCH (c:Source {publisher: 'CLASSIFICATION'})
WITH collect(c.slug) AS classifications
MATCH (n) WHERE n:Role OR n:Skill OR n:Technology OR n:Industry
RETURN [label IN labels(n) WHERE label IN ['Role', 'Skill', 'Technology', 'Industry']][0] AS kind,
  n.slug AS slug, n.name AS name, coalesce(n.aliases, []) AS aliases, n.conceptUri AS conceptUri,
  n.externalIds AS externalIds, size(coalesce(n.sources, [])) > 0 AND all(s IN n.sources WHERE s IN classifications) AS classification`;

export const skillDemand = `
MATCH (r:Role)-[q:REQUIRES]->(s:Skill)
WHERE $family IS NULL OR r.family = $family
RETURN ${skill('s')} AS skill, collect(q.importance) AS grades`;

export const technologyUsage = `
MATCH (r:Role)-[:USES]->(t:Technology)
WHERE $kind IS NULL OR t.kind = $kind
RETURN ${technology('t')} AS technology, count(DISTINCT r) AS roles`;

export const transitionStats = `
MATCH (:Role)-[t:TRANSITIONS_TO]->(:Role)
RETURN t.kind AS kind, count(t) AS count, count(t.typicalYears) AS withYears,
  percentileCont(t.typicalYears, 0.5) AS medianYears, min(t.typicalYears) AS minYears, max(t.typicalYears) AS maxYears`;

/**
 * Per role of $slugs: the slugs of the roles that can score above zero against it (domain/similarity.ts):
 * those sharing a concept (a skill or technology, or one crosswalked to it: `concept`, domain/same-concept.ts)
 * or a transition with it, and itself.
 */
export const relatedRoleCandidates = `
UNWIND $slugs AS slug
MATCH (own:Role {slug: slug})
CALL (own) {
  MATCH (own)-[:REQUIRES|USES]->(mine)
  WITH DISTINCT mine.concept AS concept
  CALL (concept) {
    MATCH (same:Skill {concept: concept}) RETURN same
    UNION
    MATCH (same:Technology {concept: concept}) RETURN same
  }
  MATCH (same)<-[:REQUIRES|USES]-(other:Role) RETURN other
  UNION
  MATCH (own)-[:TRANSITIONS_TO]-(other:Role) RETURN other
  UNION
  RETURN own AS other
}
RETURN slug, collect(other.slug) AS candidates`;

/** The similarity profile of each role of $slugs: read once per role, however many rankings it joins. */
export const roleProfiles = `
UNWIND $slugs AS slug
MATCH (other:Role {slug: slug})
RETURN slug, {
  slug: other.slug,
  skills: COLLECT { MATCH (other)-[q:REQUIRES]->(s:Skill) RETURN {slug: s.slug, importance: q.importance, concept: s.concept} },
  technologies: COLLECT { MATCH (other)-[u:USES]->(t:Technology) RETURN {slug: t.slug, importance: u.importance, concept: t.concept} },
  transitionPartners: COLLECT { MATCH (other)-[:TRANSITIONS_TO]-(p:Role) RETURN p.slug }
} AS profile`;

/** What readiness reads: the newest migration applied and the dataset marker (nulls when never seeded). */
export const datasetState = `
OPTIONAL MATCH (m:Migration)
WITH max(m.version) AS migrated
OPTIONAL MATCH (d:Dataset {id: 'current'})
RETURN migrated, d.seededAt AS seededAt, d.hash AS hash, d.version AS version, d.builtAt AS builtAt, d.counts AS counts`;

/** Per URI of $uris: the nodes that are that concept (their own `conceptUri`, set by the seeder). */
export const nodesByExternalId = `
UNWIND $uris AS uri
CALL (uri) {
  MATCH (n:Role {conceptUri: uri}) RETURN 'Role' AS kind, n.slug AS slug
  UNION
  MATCH (n:Skill {conceptUri: uri}) RETURN 'Skill' AS kind, n.slug AS slug
  UNION
  MATCH (n:Technology {conceptUri: uri}) RETURN 'Technology' AS kind, n.slug AS slug
}
RETURN uri, kind, slug`;
