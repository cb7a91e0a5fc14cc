/**
 * Every Cypher statement that writes: migrations and seeding. Constants, parameters only; checked by
 * test/unit/cypher-lint.test.ts like the reads in cypher.ts.
 */
import { relationshipEnds, type RelationshipType } from '../seed-relationships';

export const nodeLabels = ['Role', 'Skill', 'Technology', 'Industry', 'Source'] as const;
export const technologyLabels = [
  'Language',
  'Framework',
  'Database',
  'Tool',
  'Platform',
  'Runtime',
  'Protocol',
  'Library',
] as const;

/** Schema migrations in order; each runs once, recorded as a (:Migration {version}) node. */
export const migrations: readonly { version: number; name: string; statements: readonly string[] }[] = [
  {
    version: 1,
    name: 'unique keys',
    statements: [
      ...nodeLabels.map(
        (label) =>
          `CREATE CONSTRAINT ${label.toLowerCase()}_slug IF NOT EXISTS FOR (n:${label}) REQUIRE n.slug IS UNIQUE`,
      ),
      'CREATE CONSTRAINT salary_range_key IF NOT EXISTS FOR (n:SalaryRange) REQUIRE n.key IS UNIQUE',
      'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (n:Migration) REQUIRE n.version IS UNIQUE',
    ],
  },
  {
    version: 2,
    name: 'search and filter indexes',
    statements: [
      // Text is normalised by the application (domain/search-text.ts), so the index splits on spaces only.
      `CREATE FULLTEXT INDEX searchableText IF NOT EXISTS FOR (n:Role|Skill|Technology|Industry) ` +
        'ON EACH [n.searchName, n.searchAliases, n.searchCompact, n.searchDescription] ' +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
      'CREATE INDEX role_family IF NOT EXISTS FOR (n:Role) ON (n.family)',
      'CREATE INDEX skill_category IF NOT EXISTS FOR (n:Skill) ON (n.category)',
      'CREATE INDEX technology_kind IF NOT EXISTS FOR (n:Technology) ON (n.kind)',
    ],
  },
  {
    version: 3,
    name: 'search in the API process',
    statements: [
      // Search runs on an in-process index built from the nodes' names (store/search-index.ts); the
      // full-text index and the text properties it indexed are no longer read.
      'DROP INDEX searchableText IF EXISTS',
    ],
  },
  {
    version: 4,
    name: 'concepts and external ids',
    statements: [
      // relatedRoles finds the roles sharing a concept (domain/same-concept.ts); byExternalId a node by its own URI.
      'CREATE INDEX skill_concept IF NOT EXISTS FOR (n:Skill) ON (n.concept)',
      'CREATE INDEX technology_concept IF NOT EXISTS FOR (n:Technology) ON (n.concept)',
      ...(['Role', 'Skill', 'Technology'] as const).map(
        (label) =>
          `CREATE INDEX ${label.toLowerCase()}_concept_uri IF NOT EXISTS FOR (n:${label}) ON (n.conceptUri)`,
      ),
    ],
  },
];

export const appliedMigrations = 'MATCH (m:Migration) RETURN m.version AS version';
export const recordMigration =
  'MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()';

/** The dataset marker (store/dataset-marker.ts), written last in the seed's one transaction. */
export const writeDatasetMarker =
  "MERGE (d:Dataset {id: 'current'}) SET d.seededAt = $seededAt, d.hash = $hash, d.version = $version, d.builtAt = $builtAt, d.counts = $counts";

/** Nodes: created or updated by slug; SET n = row drops properties the seed no longer has. */
export const upsertNodes = {
  Source: 'UNWIND $rows AS row MERGE (n:Source {slug: row.slug}) SET n = row',
  Role: 'UNWIND $rows AS row MERGE (n:Role {slug: row.slug}) SET n = row',
  Skill: 'UNWIND $rows AS row MERGE (n:Skill {slug: row.slug}) SET n = row',
  Industry: 'UNWIND $rows AS row MERGE (n:Industry {slug: row.slug}) SET n = row',
} as const;

/** Technologies carry a second label for their kind; a technology that changed kind loses the old one. */
export const upsertTechnologies = Object.fromEntries(
  technologyLabels.map((label) => [
    label,
    'UNWIND $rows AS row MERGE (n:Technology {slug: row.slug}) SET n = row ' +
      `REMOVE n:${technologyLabels.join(':')} SET n:${label}`,
  ]),
) as Record<(typeof technologyLabels)[number], string>;

const upsertLink = (from: string, type: string, to: string) =>
  `UNWIND $rows AS row MATCH (a:${from} {slug: row.from}) MATCH (b:${to} {slug: row.to}) MERGE (a)-[r:${type}]->(b) SET r = row.properties`;

/** Relationships: one per (from, to) pair and type, their properties replaced. */
export const upsertLinks = Object.fromEntries(
  Object.entries(relationshipEnds).map(([type, [from, to]]) => [type, upsertLink(from, type, to)]),
) as Record<RelationshipType, string>;

export const upsertSalaries =
  'UNWIND $rows AS row MATCH (r:Role {slug: row.role}) MERGE (p:SalaryRange {key: row.properties.key}) SET p = row.properties MERGE (r)-[:PAYS]->(p)';

/** --prune: what the seed no longer contains. */
export const pruneNodes = Object.fromEntries(
  nodeLabels.map((label) => [label, `MATCH (n:${label}) WHERE NOT n.slug IN $keep DETACH DELETE n`]),
) as Record<(typeof nodeLabels)[number], string>;
export const pruneSalaries = 'MATCH (n:SalaryRange) WHERE NOT n.key IN $keep DETACH DELETE n';
export const pruneLinks = Object.fromEntries(
  Object.entries(relationshipEnds).map(([type, [from, to]]) => [
    type,
    `MATCH (a:${from})-[r:${type}]->(b:${to}) WHERE NOT [a.slug, b.slug] IN $keep DELETE r`,
  ]),
) as Record<RelationshipType, string>;

/** What a graph holds, for idempotency checks and `npm run seed` reports. */
export const graphCounts = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;
