/**
 * Every Cypher statement the Neo4j store runs, in one place so that test/unit/cypher-lint.test.ts can
 * check each with Neo4j's own parser and semantic analysis. Statements are constants: user input only
 * ever arrives as parameters. Lists come back unordered; the store orders them by domain/ordering.ts.
 */
import type { NodeKind, Relation } from '../graph-store';
import { allFields, readFieldsKey, type NodeFact, type ReadFields } from '../read-fields';

// Projections: exactly the entity fields (entities.ts), never the search-only properties; the costly
// facts (read-fields.ts) only when a request reads them (absent ones come back empty: neo4j-records.ts).
// Nested facts (evidence, alias evidence, ...) are JSON text properties: neo4j-records.ts parses them.
const factProperties: Record<NodeFact, readonly string[]> = {
  description: ['description'],
  aliases: ['aliases', 'aliasEvidence'],
  evidence: ['sources', 'evidence'],
  externalIds: ['externalIds'],
  roleFacts: ['qualifications', 'workSettings', 'comparisons'],
  roleProfile: ['family', 'seniority', 'track', 'occupation'],
  skillProfile: ['category', 'skillType'],
  technologyProfile: ['dataModel', 'toolCategory'],
};

/** The node and link projections for one set of read fields. */
function projections(fields: ReadFields) {
  const costly = (kindFacts: readonly NodeFact[]) =>
    kindFacts
      .filter((fact) => fields.nodeFacts.has(fact))
      .flatMap((fact) => factProperties[fact])
      .map((property) => `, .${property}`)
      .join('');
  const named = ['description', 'aliases', 'evidence'] as const;
  const linkFacts = (r: string) =>
    fields.linkFacts ? `, sources: ${r}.sources, evidence: ${r}.evidence` : '';
  return {
    role: (v: string) =>
      `${v} {.slug, .name, .experienceMin, .experienceMax${costly(['roleProfile', ...named, 'externalIds', 'roleFacts'])}}`,
    skill: (v: string) => `${v} {.slug, .name${costly(['skillProfile', ...named, 'externalIds'])}}`,
    technology: (v: string) =>
      `${v} {.slug, .name, .kind${costly(['technologyProfile', ...named, 'externalIds'])}}`,
    industry: (v: string) => `${v} {.slug, .name${costly(named)}}`,
    /** A link's sources and evidence, as `, sources: ..., evidence: ...` (nothing when not read). */
    linkFacts,
    transition: (a: string, t: string, b: string) =>
      `{from: ${a}.slug, to: ${b}.slug, kind: ${t}.kind, typicalYears: ${t}.typicalYears, inheritedFrom: ${t}.inheritedFrom${linkFacts(t)}}`,
    /** A graded link (REQUIRES, USES) as `importance, inheritedFrom, sources, evidence`. */
    graded: (r: string) => `importance: ${r}.importance, inheritedFrom: ${r}.inheritedFrom${linkFacts(r)}`,
    /** A plain sourced link's neighbour: `{node, sources, evidence}`. */
    linked: (node: string, r: string) => `{node: ${node}${linkFacts(r)}}`,
  };
}
type Projections = ReturnType<typeof projections>;

const full = projections(allFields);
const { skill, technology } = full;
const source = (v: string) =>
  `${v} {.slug, .title, .publisher, .document, .description, .licence, .attribution, .url}`;

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

const relationCypherOf = (p: Projections): Record<Relation, RelationCypher> => ({
  'Role.skills': {
    owner: 'Role',
    pattern: (o) => `(${o})-[q:REQUIRES]->(s:Skill)`,
    item: () => `{skill: ${p.skill('s')}, ${p.graded('q')}}`,
    needsOwner: true,
  },
  'Role.technologies': {
    owner: 'Role',
    pattern: (o) => `(${o})-[u:USES]->(t:Technology)`,
    item: () => `{technology: ${p.technology('t')}, ${p.graded('u')}}`,
    needsOwner: true,
  },
  'Role.levels': {
    owner: 'Role',
    pattern: (o) => `(l:Role)-[:LEVEL_OF]->(${o})`,
    item: () => p.role('l'),
  },
  'Role.nextRoles': {
    owner: 'Role',
    pattern: (o) => `(${o})-[t:TRANSITIONS_TO]->(b:Role)`,
    item: (o) => p.transition(o, 't', 'b'),
    linked: 'b',
  },
  'Role.previousRoles': {
    owner: 'Role',
    pattern: (o) => `(a:Role)-[t:TRANSITIONS_TO]->(${o})`,
    item: (o) => p.transition('a', 't', o),
    linked: 'a',
  },
  'Role.salaries': {
    owner: 'Role',
    pattern: (o) => `(${o})-[:PAYS]->(p:SalaryRange)`,
    item: () =>
      '{region: p.region, currency: p.currency, min: p.min, max: p.max, period: p.period, source: p.source, ' +
      `experienceMin: p.experienceMin, experienceMax: p.experienceMax${p.linkFacts('p')}}`,
  },
  'Role.industries': {
    owner: 'Role',
    pattern: (o) => `(i:Industry)-[h:HIRES]->(${o})`,
    item: () => `{industry: ${p.industry('i')}, emphasis: h.emphasis${p.linkFacts('h')}}`,
    needsOwner: true,
  },
  'Industry.roles': {
    owner: 'Industry',
    pattern: (o) => `(${o})-[h:HIRES]->(r:Role)`,
    item: () => `{role: ${p.role('r')}, emphasis: h.emphasis${p.linkFacts('h')}}`,
    needsOwner: true,
  },
  'Skill.roles': {
    owner: 'Skill',
    pattern: (o) => `(r:Role)-[q:REQUIRES]->(${o})`,
    item: () => `{role: ${p.role('r')}, ${p.graded('q')}}`,
    needsOwner: true,
  },
  'Skill.technologies': {
    owner: 'Skill',
    pattern: (o) => `(${o})-[k:APPLIES]->(t:Technology)`,
    item: () => p.linked(p.technology('t'), 'k'),
  },
  'Skill.prerequisites': {
    owner: 'Skill',
    pattern: (o) => `(p:Skill)-[k:PREREQUISITE_OF]->(${o})`,
    item: () => p.linked(p.skill('p'), 'k'),
  },
  'Skill.unlocks': {
    owner: 'Skill',
    pattern: (o) => `(${o})-[k:PREREQUISITE_OF]->(u:Skill)`,
    item: () => p.linked(p.skill('u'), 'k'),
  },
  'Skill.relatedSkills': {
    owner: 'Skill',
    pattern: (o) => `(${o})-[k:RELATED_TO]-(r:Skill)`,
    item: () => p.linked(p.skill('r'), 'k'),
  },
  'Technology.roles': {
    owner: 'Technology',
    pattern: (o) => `(r:Role)-[u:USES]->(${o})`,
    item: () => `{role: ${p.role('r')}, ${p.graded('u')}}`,
    needsOwner: true,
  },
  'Technology.skills': {
    owner: 'Technology',
    pattern: (o) => `(s:Skill)-[k:APPLIES]->(${o})`,
    item: () => p.linked(p.skill('s'), 'k'),
  },
  'Technology.languages': {
    owner: 'Technology',
    pattern: (o) => `(${o})-[k:WRITTEN_IN]->(l:Technology)`,
    item: () => p.linked(p.technology('l'), 'k'),
  },
  'Technology.frameworks': {
    owner: 'Technology',
    pattern: (o) => `(f:Technology)-[k:WRITTEN_IN]->(${o})`,
    item: () => p.linked(p.technology('f'), 'k'),
  },
});

/** The relations whose expanded items carry the role at the far end (`{link, role}`): transitions. */
export const linksFarRole: ReadonlySet<Relation> = new Set(
  (Object.entries(relationCypherOf(full)) as [Relation, RelationCypher][])
    .filter(([, cypher]) => cypher.linked !== undefined)
    .map(([relation]) => relation),
);

/**
 * One page of a list by name, a row per item (`item`, in order), each row with how many the whole list
 * holds (`totalCount`); a page past the end is one row whose item is null, so the count still comes back.
 * The page is the top of a sort (ORDER BY with SKIP and LIMIT keeps offset + limit rows), not a slice of
 * every match collected in order; and rows, not one row holding the page as a list: Neo4j builds and
 * sends a list of a hundred nested maps about 1.5 times slower than the same maps as a hundred rows.
 */
const page = (match: string, projection: string) =>
  `CALL () { ${match} RETURN count(n) AS totalCount } ` +
  `OPTIONAL CALL () { ${match} WITH n ORDER BY toLower(n.name), n.slug SKIP $offset LIMIT $limit ` +
  `RETURN n AS x, toLower(n.name) AS byName, n.slug AS bySlug } ` +
  // Ordered again at the end: Cypher promises no row order after a subquery, only after ORDER BY.
  `RETURN totalCount, CASE WHEN x IS NULL THEN null ELSE ${projection} END AS item ORDER BY byName, bySlug`;

const rolesMatching =
  'MATCH (n:Role) WHERE ($family IS NULL OR n.family = $family) AND ($seniority IS NULL OR n.seniority = $seniority) AND ($track IS NULL OR n.track = $track)';

/**
 * The statements that read nodes and their links, for one set of read fields: per key `slug`, the
 * `node` or `owner` and its neighbours; lists as rows of `totalCount` and `item` (see page).
 */
function nodeStatements(fields: ReadFields) {
  const p = projections(fields);
  const relationCypher = relationCypherOf(p);
  const projectionOf: Record<NodeKind, (v: string) => string> = {
    Role: p.role,
    Skill: p.skill,
    Technology: p.technology,
    Industry: p.industry,
    Source: source,
  };
  const itemsOf = (relation: Relation, o: string) =>
    `COLLECT { MATCH ${relationCypher[relation].pattern(o)} RETURN ${relationCypher[relation].item(o)} }`;

  /**
   * What expands node `o` by some of its relations, as [name, expression]: `items0`, `items1`, ....
   * A transition comes with the role it leads to, read in the same match (`{link, role}`); any other
   * neighbour comes as it is: a map's keys travel with every item, so no wrapper is sent for nothing.
   */
  const expansion = (relations: readonly Relation[], o: string): [string, string][] =>
    relations.map((relation, index) => {
      const { pattern, item, linked } = relationCypher[relation];
      const returned = linked ? `{link: ${item(o)}, role: ${p.role(linked)}}` : item(o);
      return [`items${index}`, `COLLECT { MATCH ${pattern(o)} RETURN ${returned} }`];
    });

  return {
    nodesBySlug: Object.fromEntries(
      (Object.keys(projectionOf) as NodeKind[]).map((kind) => [
        kind,
        `UNWIND $slugs AS slug MATCH (n:${kind} {slug: slug}) RETURN slug, ${projectionOf[kind]('n')} AS node`,
      ]),
    ) as Record<NodeKind, string>,

    /** Per key: `slug`, the `owner` (where the links need it, else null) and its neighbours as `items`. */
    neighboursOf: Object.fromEntries(
      Object.entries(relationCypher).map(([relation, { owner, needsOwner }]) => [
        relation,
        `UNWIND $slugs AS slug MATCH (o:${owner} {slug: slug}) ` +
          `RETURN slug, ${needsOwner ? projectionOf[owner]('o') : 'null'} AS owner, ${itemsOf(relation as Relation, 'o')} AS items`,
      ]),
    ) as Record<Relation, string>,

    /**
     * Nodes by slug with the relations the API will ask for next, in one statement: per key `slug`,
     * `node`, and per relation (by index) `items<i>`: the neighbours as neighboursOf gives them, and for
     * transitions (linksFarRole) each as `{link, role}` with the role it leads to. Built per set of
     * relations (there are few), so the plan cache holds each.
     */
    expandNodes(kind: NodeKind, relations: readonly Relation[]): string {
      const columns = expansion(relations, 'o').map(([name, expression]) => `, ${expression} AS ${name}`);
      return `UNWIND $slugs AS slug MATCH (o:${kind} {slug: slug}) RETURN slug, ${projectionOf[kind]('o')} AS node${columns.join('')}`;
    },

    listRoles: page(rolesMatching, p.role('x')),

    /** listRoles where each item is `{node, items0, items1, ...}`, the columns of expandNodes. */
    listExpandedRoles(relations: readonly Relation[]): string {
      const columns = expansion(relations, 'x').map(([name, expression]) => `, ${name}: ${expression}`);
      return page(rolesMatching, `{node: ${p.role('x')}${columns.join('')}}`);
    },
    listSkills: page('MATCH (n:Skill) WHERE $category IS NULL OR n.category = $category', p.skill('x')),
    listTechnologies: page('MATCH (n:Technology) WHERE $kind IS NULL OR n.kind = $kind', p.technology('x')),
    listIndustries: `MATCH (n:Industry) RETURN ${p.industry('n')} AS node`,
  };
}
export type NodeStatements = ReturnType<typeof nodeStatements>;

const statementsByFields = new Map<string, NodeStatements>();
/** The node statements for these read fields, built once per distinct set (there are few). */
export function nodeStatementsFor(fields: ReadFields): NodeStatements {
  const key = readFieldsKey(fields);
  let statements = statementsByFields.get(key);
  if (!statements) {
    statements = nodeStatements(fields);
    statementsByFields.set(key, statements);
  }
  return statements;
}

/** Everything read: the statements of a store told nothing of what a request selects. */
export const {
  nodesBySlug,
  neighboursOf,
  expandNodes,
  listRoles,
  listExpandedRoles,
  listSkills,
  listTechnologies,
  listIndustries,
} = nodeStatementsFor(allFields);

/** The fewest facts: what the lint checks besides the full statements. */
export const leanStatements = nodeStatementsFor({ nodeFacts: new Set(), linkFacts: false });
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
