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

export function csvFiles(graph: SeedGraph): CsvFile[] {
  const named = ['name', 'aliases:string[]', 'description'];
  const sourced = ['sources:string[]', 'evidence', 'evidence_locators'];
  const evidenced = (fact: { sources: readonly string[]; evidence: SeedRelationship['evidence'] }) => [
    list(fact.sources),
    json(fact.evidence),
    locatorsOf(fact.evidence),
  ];
  const relationships = seedRelationships(graph);
  const relationshipColumns: Record<
    RelationshipType,
    readonly [string, (link: SeedRelationship) => unknown][]
  > = {
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
  return [
    {
      name: 'sources.csv',
      header: [
        'slug:ID(Source)',
        ':LABEL',
        'title',
        'publisher',
        'document',
        'description',
        'licence',
        'attribution',
        'url',
      ],
      rows: () =>
        graph.sources.map((s) => [
          s.slug,
          'Source',
          s.title,
          s.publisher,
          s.document,
          s.description,
          s.licence,
          s.attribution,
          s.url,
        ]),
    },
    {
      name: 'roles.csv',
      header: [
        'slug:ID(Role)',
        ':LABEL',
        ...named,
        'family',
        'seniority',
        'track',
        'experienceMin:int',
        'experienceMax:int',
        'occupation',
        'externalIds',
        'qualifications',
        'workSettings',
        'comparisons',
        'aliasEvidence',
        ...sourced,
      ],
      rows: () =>
        graph.roles.map((r) => [
          r.slug,
          'Role',
          r.name,
          list(r.aliases),
          r.description,
          r.family,
          r.seniority,
          r.track,
          r.experience?.min,
          r.experience?.max,
          r.occupation,
          json(r.externalIds),
          json(r.qualifications),
          json(r.workSettings),
          json(r.comparisons),
          json(r.aliasEvidence),
          ...evidenced(r),
        ]),
    },
    {
      name: 'skills.csv',
      header: [
        'slug:ID(Skill)',
        ':LABEL',
        ...named,
        'category',
        'skillType',
        'externalIds',
        'aliasEvidence',
        ...sourced,
      ],
      rows: () =>
        graph.skills.map((s) => [
          s.slug,
          'Skill',
          s.name,
          list(s.aliases),
          s.description,
          s.category,
          s.skillType,
          json(s.externalIds),
          json(s.aliasEvidence),
          ...evidenced(s),
        ]),
    },
    {
      name: 'technologies.csv',
      header: [
        'slug:ID(Technology)',
        ':LABEL',
        ...named,
        'kind',
        'dataModel',
        'toolCategory',
        'externalIds',
        'aliasEvidence',
        ...sourced,
      ],
      rows: () =>
        graph.technologies.map((t) => [
          t.slug,
          `Technology;${technologyTypeNames[t.kind]}`,
          t.name,
          list(t.aliases),
          t.description,
          t.kind,
          t.dataModel,
          t.toolCategory,
          json(t.externalIds),
          json(t.aliasEvidence),
          ...evidenced(t),
        ]),
    },
    {
      name: 'industries.csv',
      header: ['slug:ID(Industry)', ':LABEL', ...named, 'aliasEvidence', ...sourced],
      rows: () =>
        graph.industries.map((i) => [
          i.slug,
          'Industry',
          i.name,
          list(i.aliases),
          i.description,
          json(i.aliasEvidence),
          ...evidenced(i),
        ]),
    },
    {
      name: 'salaries.csv',
      header: [
        'key:ID(SalaryRange)',
        ':LABEL',
        'role',
        'region',
        'currency',
        'min:int',
        'max:int',
        'period',
        'experienceMin:int',
        'experienceMax:int',
        'source',
        ...sourced,
      ],
      rows: () =>
        graph.salaries.map((s) => [
          salaryKey(s),
          'SalaryRange',
          s.role,
          s.region,
          s.currency,
          s.min,
          s.max,
          s.period,
          s.experience?.min,
          s.experience?.max,
          s.source,
          ...evidenced(s),
        ]),
    },
    {
      name: 'pays.csv',
      header: [':START_ID(Role)', ':END_ID(SalaryRange)', ':TYPE'],
      rows: () => graph.salaries.map((s) => [s.role, salaryKey(s), 'PAYS']),
    },
    ...(Object.keys(relationshipEnds) as RelationshipType[]).map((type): CsvFile => {
      const [from, to] = relationshipEnds[type];
      const columns = relationshipColumns[type];
      return {
        name: relationshipFile(type),
        header: [
          `:START_ID(${from})`,
          `:END_ID(${to})`,
          ':TYPE',
          ...columns.map(([name]) => name),
          ...sourced,
        ],
        rows: () =>
          relationships[type].map((link) => [
            link.from,
            link.to,
            type,
            ...columns.map(([, read]) => read(link)),
            ...evidenced(link),
          ]),
      };
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
