import type { NodeKind, Relation } from '../../src/store/graph-store';
import * as reads from '../../src/store/neo4j/cypher';
import * as writes from '../../src/store/neo4j/write-cypher';

interface Diagnostic {
  severity?: number;
  message: string;
}
/*
 * The package's types are published as an ES module, which TypeScript will not let a CommonJS file
 * import; its CommonJS build loads fine with require, so it is required with the one signature we use.
 * 2.0.0-next.20 is the last release whose engines include Node 20; it returns the diagnostics as a list
 * (later releases wrap them in `{ diagnostics }`).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintCypherQuery } = require('@neo4j-cypher/language-support') as {
  lintCypherQuery(query: string, dbSchema: object): Diagnostic[];
};

/** Every Cypher string exported by the store's two statement modules, with where it came from. */
function statementsOf(module: Record<string, unknown>, prefix: string): [string, string][] {
  const found: [string, string][] = [];
  const visit = (value: unknown, name: string) => {
    if (typeof value === 'string') {
      if (/\b(MATCH|MERGE|CREATE|RETURN|UNWIND|CALL)\b/.test(value)) found.push([name, value]);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${name}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, `${name}.${key}`);
    }
  };
  for (const [name, value] of Object.entries(module)) visit(value, `${prefix}.${name}`);
  return found;
}

/** What our graph holds: the lint reports any label, type, property or parameter outside this. */
const dbSchema = {
  labels: [
    'Role',
    'Skill',
    'Technology',
    'Industry',
    'Source',
    'SalaryRange',
    'Migration',
    'Dataset',
    'Language',
    'Framework',
    'Database',
    'Tool',
    'Platform',
    'Runtime',
    'Protocol',
    'Library',
  ],
  relationshipTypes: [
    'REQUIRES',
    'USES',
    'TRANSITIONS_TO',
    'PREREQUISITE_OF',
    'RELATED_TO',
    'APPLIES',
    'WRITTEN_IN',
    'HIRES',
    'PAYS',
    'LEVEL_OF',
  ],
  propertyKeys: [
    'slug',
    'name',
    'aliases',
    'description',
    'family',
    'seniority',
    'track',
    'experienceMin',
    'experienceMax',
    'sources',
    'category',
    'kind',
    'dataModel',
    'toolCategory',
    'title',
    'publisher',
    'document',
    'importance',
    'typicalYears',
    'emphasis',
    'region',
    'currency',
    'min',
    'max',
    'period',
    'source',
    'key',
    'role',
    'version',
    'appliedAt',
    'id',
    'seededAt',
    'builtAt',
    'counts',
    'hash',
    'searchName',
    'searchAliases',
    'searchCompact',
    'searchDescription',
    // Facts added with evidence (issue 12): nested facts are JSON text (neo4j-records.ts).
    'evidence',
    'aliasEvidence',
    'inheritedFrom',
    'occupation',
    'externalIds',
    'qualifications',
    'workSettings',
    'comparisons',
    'skillType',
    'licence',
    'attribution',
    'url',
    // The ESCO layer (issue 13): derived properties for relatedRoles and byExternalId.
    'concept',
    'conceptUri',
    // Keys of the maps that seeding statements UNWIND: read as row.from, row.to, row.properties.
    'from',
    'to',
    'properties',
  ],
  parameters: {
    slugs: ['software-architect'],
    from: 'junior-backend-developer',
    to: 'software-architect',
    family: 'BACKEND',
    seniority: 'SENIOR',
    track: 'MANAGEMENT',
    category: 'DATA',
    kind: 'DATABASE',
    offset: 0,
    limit: 20,
    rows: [{ slug: 'x' }],
    keep: ['x'],
    version: 1,
    name: 'x',
    seededAt: '2026-01-01T00:00:00.000Z',
    hash: 'x',
    uris: ['http://data.europa.eu/esco/skill/x'],
    builtAt: '2026-01-01',
    counts: '[]',
  },
};

/** The statements built per selection, with every relation of each kind (the most they can hold). */
const ownRelations = (kind: NodeKind) =>
  Object.keys(reads.neighboursOf).filter((relation) => relation.startsWith(`${kind}.`)) as Relation[];
const expansions: [string, string][] = [
  ...(['Role', 'Skill', 'Technology', 'Industry'] as const).map((kind): [string, string] => [
    `cypher.expandNodes(${kind}, all)`,
    reads.expandNodes(kind, ownRelations(kind)),
  ]),
  ['cypher.expandNodes(Role, none)', reads.expandNodes('Role', [])],
  ['cypher.listExpandedRoles(all)', reads.listExpandedRoles(ownRelations('Role'))],
  // The same, reading the fewest facts (a request that shows no description, evidence, ...).
  ...(['Role', 'Skill', 'Technology', 'Industry'] as const).map((kind): [string, string] => [
    `cypher.leanStatements.expandNodes(${kind}, all)`,
    reads.leanStatements.expandNodes(kind, ownRelations(kind)),
  ]),
  [
    'cypher.leanStatements.listExpandedRoles(all)',
    reads.leanStatements.listExpandedRoles(ownRelations('Role')),
  ],
];

const statements = [...statementsOf(reads, 'cypher'), ...expansions, ...statementsOf(writes, 'write-cypher')];

describe("Cypher statements, checked by Neo4j's parser and semantic analysis", () => {
  it('finds every statement of the store', () => {
    expect(statements.length).toBeGreaterThan(50);
    console.log(`${statements.length} Cypher statements linted`);
  });

  it.each(statements)('%s has no diagnostics', (_name, statement) => {
    const diagnostics = lintCypherQuery(statement, dbSchema);
    expect(diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message}`)).toEqual([]);
  });

  it('fails a deliberately broken statement, so a pass means something', () => {
    const broken = reads.nodesBySlug.Role.replace(':Role', ':Rol').replace('$slugs', '$slug_list');
    const messages = lintCypherQuery(broken, dbSchema).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining('Rol'), expect.stringContaining('slug_list')]),
    );
  });
});
