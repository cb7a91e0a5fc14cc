/**
 * Every Cypher statement the Neo4j store runs, in one place so that test/unit/cypher-lint.test.ts can
 * check each with Neo4j's own parser and semantic analysis. Statements are constants: user input only
 * ever arrives as parameters. Lists come back unordered; the store orders them by domain/ordering.ts.
 */
import { careerPathLimits } from '../../services/career-path-limits';

// Projections: exactly the entity fields (entities.ts), never the search-only properties.
const role = (v: string) =>
  `${v} {.slug, .name, .aliases, .description, .family, .seniority, .track, .experienceMin, .experienceMax, .sources}`;
const skill = (v: string) => `${v} {.slug, .name, .aliases, .category, .description, .sources}`;
const technology = (v: string) =>
  `${v} {.slug, .name, .kind, .aliases, .description, .dataModel, .toolCategory, .sources}`;
const industry = (v: string) => `${v} {.slug, .name, .aliases, .description, .sources}`;
const source = (v: string) => `${v} {.slug, .title, .publisher, .document, .description}`;
const transition = (a: string, t: string, b: string) =>
  `{from: ${a}.slug, to: ${b}.slug, kind: ${t}.kind, typicalYears: ${t}.typicalYears, sources: ${t}.sources}`;

export const nodesBySlug = {
  Role: `UNWIND $slugs AS slug MATCH (n:Role {slug: slug}) RETURN slug, ${role('n')} AS node`,
  Skill: `UNWIND $slugs AS slug MATCH (n:Skill {slug: slug}) RETURN slug, ${skill('n')} AS node`,
  Technology: `UNWIND $slugs AS slug MATCH (n:Technology {slug: slug}) RETURN slug, ${technology('n')} AS node`,
  Industry: `UNWIND $slugs AS slug MATCH (n:Industry {slug: slug}) RETURN slug, ${industry('n')} AS node`,
  Source: `UNWIND $slugs AS slug MATCH (n:Source {slug: slug}) RETURN slug, ${source('n')} AS node`,
} as const;

const neighbours = (pattern: string, item: string) =>
  `UNWIND $slugs AS slug MATCH ${pattern} RETURN slug, collect(${item}) AS items`;

export const neighboursOf = {
  'Role.skills': neighbours(
    '(r:Role {slug: slug})-[q:REQUIRES]->(s:Skill)',
    `{role: ${role('r')}, skill: ${skill('s')}, importance: q.importance, sources: q.sources}`,
  ),
  'Role.technologies': neighbours('(:Role {slug: slug})-[:USES]->(t:Technology)', technology('t')),
  'Role.nextRoles': neighbours(
    '(a:Role {slug: slug})-[t:TRANSITIONS_TO]->(b:Role)',
    transition('a', 't', 'b'),
  ),
  'Role.previousRoles': neighbours(
    '(a:Role)-[t:TRANSITIONS_TO]->(b:Role {slug: slug})',
    transition('a', 't', 'b'),
  ),
  'Role.salaries': neighbours(
    '(:Role {slug: slug})-[:PAYS]->(p:SalaryRange)',
    '{role: slug, region: p.region, currency: p.currency, min: p.min, max: p.max, period: p.period, source: p.source}',
  ),
  'Role.industries': neighbours(
    '(i:Industry)-[h:HIRES]->(r:Role {slug: slug})',
    `{industry: ${industry('i')}, role: ${role('r')}, emphasis: h.emphasis, sources: h.sources}`,
  ),
  'Industry.roles': neighbours(
    '(i:Industry {slug: slug})-[h:HIRES]->(r:Role)',
    `{industry: ${industry('i')}, role: ${role('r')}, emphasis: h.emphasis, sources: h.sources}`,
  ),
  'Skill.roles': neighbours(
    '(r:Role)-[q:REQUIRES]->(s:Skill {slug: slug})',
    `{role: ${role('r')}, skill: ${skill('s')}, importance: q.importance, sources: q.sources}`,
  ),
  'Skill.technologies': neighbours('(:Skill {slug: slug})-[:APPLIES]->(t:Technology)', technology('t')),
  'Skill.prerequisites': neighbours('(p:Skill)-[:PREREQUISITE_OF]->(:Skill {slug: slug})', skill('p')),
  'Skill.unlocks': neighbours('(:Skill {slug: slug})-[:PREREQUISITE_OF]->(n:Skill)', skill('n')),
  'Skill.relatedSkills': neighbours('(:Skill {slug: slug})-[:RELATED_TO]-(o:Skill)', skill('o')),
  'Technology.roles': neighbours('(r:Role)-[:USES]->(:Technology {slug: slug})', role('r')),
  'Technology.skills': neighbours('(s:Skill)-[:APPLIES]->(:Technology {slug: slug})', skill('s')),
  'Technology.languages': neighbours(
    '(:Technology {slug: slug})-[:WRITTEN_IN]->(l:Technology)',
    technology('l'),
  ),
  'Technology.frameworks': neighbours(
    '(f:Technology)-[:WRITTEN_IN]->(:Technology {slug: slug})',
    technology('f'),
  ),
} as const;

const page = (match: string, projection: string) =>
  `${match} WITH n ORDER BY toLower(n.name), n.slug WITH collect(n) AS matched ` +
  `RETURN size(matched) AS totalCount, [x IN matched[$offset..($offset + $limit)] | ${projection}] AS items`;

export const listRoles = page(
  'MATCH (n:Role) WHERE ($family IS NULL OR n.family = $family) AND ($seniority IS NULL OR n.seniority = $seniority) AND ($track IS NULL OR n.track = $track)',
  role('x'),
);
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
 * Every transition on some path of at most the maxSteps limit from $from to $to: the roles reachable
 * from $from that can still reach $to. Path ranking then runs in domain code over this subgraph, the
 * same code the embedded store runs, so both stores rank alike.
 */
export const careerSubgraph = `
CALL () { MATCH (:Role {slug: $from})-[:TRANSITIONS_TO*0..${careerPathLimits.maxSteps}]->(x:Role) RETURN collect(DISTINCT x) AS forward }
CALL () { MATCH (y:Role)-[:TRANSITIONS_TO*0..${careerPathLimits.maxSteps}]->(:Role {slug: $to}) RETURN collect(DISTINCT y) AS backward }
UNWIND [n IN forward WHERE n IN backward] AS a
MATCH (a)-[t:TRANSITIONS_TO]->(b:Role)
WHERE b IN backward
RETURN ${transition('a', 't', 'b')} AS transition, a.track AS fromTrack, b.track AS toTrack`;

export const roleProfiles = `
MATCH (r:Role)
RETURN r.slug AS slug,
  COLLECT { MATCH (r)-[q:REQUIRES]->(s:Skill) RETURN {slug: s.slug, importance: q.importance} } AS skills,
  COLLECT { MATCH (r)-[:USES]->(t:Technology) RETURN t.slug } AS technologies,
  COLLECT { MATCH (r)-[:TRANSITIONS_TO]-(o:Role) RETURN o.slug } AS transitionPartners`;

export const searchIndexName = 'searchableText';

export const search = `
CALL db.index.fulltext.queryNodes('${searchIndexName}', $query, {limit: $candidates}) YIELD node, score
WITH node, score, [label IN labels(node) WHERE label IN ['Role', 'Skill', 'Technology', 'Industry']][0] AS kind
WHERE $kinds IS NULL OR kind IN $kinds
RETURN kind, node.slug AS slug, node.searchCompact AS compactNames, score`;

export const skillDemand = `
MATCH (r:Role)-[q:REQUIRES]->(s:Skill)
WHERE $family IS NULL OR r.family = $family
RETURN ${skill('s')} AS skill, count(r) AS roles, sum(CASE q.importance WHEN 'CORE' THEN 1 ELSE 0 END) AS core`;

export const technologyUsage = `
MATCH (r:Role)-[:USES]->(t:Technology)
WHERE $kind IS NULL OR t.kind = $kind
RETURN ${technology('t')} AS technology, count(DISTINCT r) AS roles`;

export const transitionStats = `
MATCH (:Role)-[t:TRANSITIONS_TO]->(:Role)
RETURN t.kind AS kind, count(t) AS count, count(t.typicalYears) AS withYears,
  percentileCont(t.typicalYears, 0.5) AS medianYears, min(t.typicalYears) AS minYears, max(t.typicalYears) AS maxYears`;
