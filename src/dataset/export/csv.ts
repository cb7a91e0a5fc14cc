import { stringify } from 'csv-stringify/sync';
import type { SeedGraph } from '../../seed/seed-graph';
import {
  relationshipEnds,
  seedRelationships,
  type RelationshipType,
  type SeedRelationship,
} from '../../store/seed-relationships';
import { canonicalJson } from '../canonical-json';
import { salaryKey } from '../facts';
import { locatorsOf } from './locators';
import { technologyTypeNames } from '../../domain/technology-types';

/**
 * The dataset as CSV, one file per node kind and per relationship type, with headers that
 * `neo4j-admin database import full` reads as they are (`slug:ID(Role)`, `:START_ID(Role)`, `:LABEL`,
 * `:TYPE`, typed and array columns, `;` between array items) and that pandas reads as plain columns.
 * Nested facts (evidence, alias evidence, external ids, qualifications, ...) are JSON text columns;
 * `evidence_locators` lists the places for people. src/dataset/import-csv.ts reads the files back.
 */
export interface CsvFile {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: () => Iterable<readonly unknown[]>;
}

/** Nested facts as JSON with sorted keys: the same text whichever store the facts were read from. */
const json = (value: unknown) => canonicalJson(value);
const list = (values: readonly string[]) => values.join(';');
const cell = (value: unknown) => (value === null || value === undefined ? '' : value);

/** File names of relationship types: requires.csv, transitions_to.csv, ... */
export const relationshipFile = (type: RelationshipType) => `${type.toLowerCase()}.csv`;

/** A column: its header (neo4j-admin's name and type) and how a row's value is read. */
type Column<T> = readonly [header: string, read: (item: T) => unknown];

/** A file from its columns: each header stands beside the value it heads, so the two cannot drift apart. */
function table<T>(name: string, items: readonly T[], columns: readonly Column<T>[]): CsvFile {
  return {
    name,
    header: columns.map(([header]) => header),
    rows: () => items.map((item) => columns.map(([, read]) => read(item))),
  };
}

type Named = { slug: string; name: string; aliases: readonly string[]; description: string | null };
type Sourced = { sources: readonly string[]; evidence: SeedRelationship['evidence'] };

/** A node's key and label columns, then its name, aliases and description. */
const nodeColumns = <T extends Named>(kind: string, label: (item: T) => string): Column<T>[] => [
  [`slug:ID(${kind})`, (n) => n.slug],
  [':LABEL', label],
  ['name', (n) => n.name],
  ['aliases:string[]', (n) => list(n.aliases)],
  ['description', (n) => n.description],
];

const sourcedColumns: Column<Sourced>[] = [
  ['sources:string[]', (fact) => list(fact.sources)],
  ['evidence', (fact) => json(fact.evidence)],
  ['evidence_locators', (fact) => locatorsOf(fact.evidence)],
];

/** The columns a relationship type carries besides its ends and evidence. */
const relationshipColumns: Record<RelationshipType, readonly Column<SeedRelationship>[]> = {
  REQUIRES: [
    ['importance', (l) => l.importance],
    ['inheritedFrom', (l) => l.inheritedFrom],
  ],
  USES: [
    ['importance', (l) => l.importance],
    ['inheritedFrom', (l) => l.inheritedFrom],
  ],
  TRANSITIONS_TO: [
    ['kind', (l) => l.kind],
    ['typicalYears:float', (l) => l.typicalYears],
    ['inheritedFrom', (l) => l.inheritedFrom],
  ],
  LEVEL_OF: [],
  PREREQUISITE_OF: [],
  RELATED_TO: [],
  APPLIES: [],
  WRITTEN_IN: [],
  HIRES: [['emphasis', (l) => l.emphasis]],
};

export function csvFiles(graph: SeedGraph): CsvFile[] {
  const relationships = seedRelationships(graph);
  return [
    table('sources.csv', graph.sources, [
      ['slug:ID(Source)', (s) => s.slug],
      [':LABEL', () => 'Source'],
      ['title', (s) => s.title],
      ['publisher', (s) => s.publisher],
      ['document', (s) => s.document],
      ['description', (s) => s.description],
      ['licence', (s) => s.licence],
      ['attribution', (s) => s.attribution],
      ['url', (s) => s.url],
    ]),
    table('roles.csv', graph.roles, [
      ...nodeColumns('Role', () => 'Role'),
      ['family', (r) => r.family],
      ['seniority', (r) => r.seniority],
      ['track', (r) => r.track],
      ['experienceMin:int', (r) => r.experience?.min],
      ['experienceMax:int', (r) => r.experience?.max],
      ['occupation', (r) => r.occupation],
      ['externalIds', (r) => json(r.externalIds)],
      ['qualifications', (r) => json(r.qualifications)],
      ['workSettings', (r) => json(r.workSettings)],
      ['comparisons', (r) => json(r.comparisons)],
      ['aliasEvidence', (r) => json(r.aliasEvidence)],
      ...sourcedColumns,
    ]),
    table('skills.csv', graph.skills, [
      ...nodeColumns('Skill', () => 'Skill'),
      ['category', (s) => s.category],
      ['skillType', (s) => s.skillType],
      ['externalIds', (s) => json(s.externalIds)],
      ['aliasEvidence', (s) => json(s.aliasEvidence)],
      ...sourcedColumns,
    ]),
    table('technologies.csv', graph.technologies, [
      ...nodeColumns<SeedGraph['technologies'][number]>(
        'Technology',
        (t) => `Technology;${technologyTypeNames[t.kind]}`,
      ),
      ['kind', (t) => t.kind],
      ['dataModel', (t) => t.dataModel],
      ['toolCategory', (t) => t.toolCategory],
      ['externalIds', (t) => json(t.externalIds)],
      ['aliasEvidence', (t) => json(t.aliasEvidence)],
      ...sourcedColumns,
    ]),
    table('industries.csv', graph.industries, [
      ...nodeColumns('Industry', () => 'Industry'),
      ['aliasEvidence', (i) => json(i.aliasEvidence)],
      ...sourcedColumns,
    ]),
    table('salaries.csv', graph.salaries, [
      ['key:ID(SalaryRange)', (s) => salaryKey(s)],
      [':LABEL', () => 'SalaryRange'],
      ['role', (s) => s.role],
      ['region', (s) => s.region],
      ['currency', (s) => s.currency],
      ['min:int', (s) => s.min],
      ['max:int', (s) => s.max],
      ['period', (s) => s.period],
      ['experienceMin:int', (s) => s.experience?.min],
      ['experienceMax:int', (s) => s.experience?.max],
      ['source', (s) => s.source],
      ...sourcedColumns,
    ]),
    table('pays.csv', graph.salaries, [
      [':START_ID(Role)', (s) => s.role],
      [':END_ID(SalaryRange)', (s) => salaryKey(s)],
      [':TYPE', () => 'PAYS'],
    ]),
    ...(Object.keys(relationshipEnds) as RelationshipType[]).map((type) => {
      const [from, to] = relationshipEnds[type];
      return table(relationshipFile(type), relationships[type], [
        [`:START_ID(${from})`, (link) => link.from],
        [`:END_ID(${to})`, (link) => link.to],
        [':TYPE', () => type],
        ...relationshipColumns[type],
        ...sourcedColumns,
      ]);
    }),
  ];
}

/** One CSV file as text chunks (a header, then a chunk per 500 rows): what a stream or a file takes. */
export function* csvChunks(file: CsvFile): Iterable<string> {
  yield stringify([file.header as string[]]);
  let batch: unknown[][] = [];
  for (const row of file.rows()) {
    batch.push(row.map(cell));
    if (batch.length === 500) {
      yield stringify(batch);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch);
}
