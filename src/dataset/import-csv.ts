import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Evidence, Sources } from '../domain/entities';
import type { DatasetRelease, SeedGraph } from '../seed/seed-graph';
import { relationshipFile } from './export/csv';

type Row = Record<string, string>;

/** A CSV export's rows, by the name of each column without its type (`slug:ID(Role)` is `slug`). */
async function rowsOf(directory: string, file: string): Promise<Row[]> {
  const text = await readFile(path.join(directory, file), 'utf8');
  // `slug:ID(Role)` is the column slug, `:START_ID(Role)` the column START_ID.
  const columnName = (header: string) =>
    header.startsWith(':') ? header.slice(1).replace(/\(.*$/, '') : header.replace(/:.*$/, '');
  return parse(text, {
    columns: (header: string[]) => header.map(columnName),
    skip_empty_lines: true,
  }) as Row[];
}

const text = (value: string | undefined) => (value === undefined || value === '' ? null : value);
const json = <T>(value: string | undefined, empty: T): T => (value ? (JSON.parse(value) as T) : empty);
const int = (value: string | undefined) => (value === undefined || value === '' ? null : Number(value));
const sourcesOf = (row: Row): Sources => (row.sources ? row.sources.split(';') : []);
const evidenceOf = (row: Row) => json<Evidence[]>(row.evidence, []);
const names = (row: Row) => json<{ name: string; evidence: Evidence[] }[]>(row.aliasEvidence, []);
const years = (min: string | undefined, max: string | undefined) => {
  const low = int(min);
  return low === null ? null : { min: low, max: int(max) };
};

/**
 * A dataset read back from a CSV export (src/dataset/export/csv.ts): the same facts, so loading it gives
 * the same content hash. Columns are read by name; nested facts from their JSON columns.
 */
export async function importCsv(directory: string): Promise<SeedGraph> {
  const rows = (file: string) => rowsOf(directory, file);
  const release = json<DatasetRelease | null>(
    await readFile(path.join(directory, 'dataset.json'), 'utf8'),
    null,
  );
  if (release === null) throw new Error(`${directory}/dataset.json holds no release`);
  const fact = (row: Row) => ({ sources: sourcesOf(row), evidence: evidenceOf(row) });
  const link = (row: Row) => ({ from: row.START_ID as string, to: row.END_ID as string, ...fact(row) });
  const graded = (row: Row) => ({
    role: row.START_ID as string,
    target: row.END_ID as string,
    importance: row.importance as SeedGraph['requirements'][number]['importance'],
    inheritedFrom: text(row.inheritedFrom),
    ...fact(row),
  });
  const node = (row: Row) => ({
    slug: row.slug as string,
    name: row.name as string,
    aliases: names(row).map((alias) => alias.name),
    aliasEvidence: names(row),
    description: text(row.description),
    ...fact(row),
  });
  return {
    release,
    sources: (await rows('sources.csv')).map((row) => ({
      slug: row.slug as string,
      title: row.title as string,
      publisher: row.publisher as SeedGraph['sources'][number]['publisher'],
      document: text(row.document),
      description: text(row.description),
      licence: text(row.licence),
      attribution: text(row.attribution),
      url: text(row.url),
    })),
    roles: (await rows('roles.csv')).map((row) => ({
      ...node(row),
      family: row.family as SeedGraph['roles'][number]['family'],
      seniority: row.seniority as SeedGraph['roles'][number]['seniority'],
      track: text(row.track) as SeedGraph['roles'][number]['track'],
      experience: years(row.experienceMin, row.experienceMax),
      occupation: text(row.occupation),
      externalIds: json(row.externalIds, []),
      qualifications: json(row.qualifications, []),
      workSettings: json(row.workSettings, []),
      comparisons: json(row.comparisons, []),
    })),
    skills: (await rows('skills.csv')).map((row) => ({
      ...node(row),
      category: row.category as SeedGraph['skills'][number]['category'],
      skillType: text(row.skillType) as SeedGraph['skills'][number]['skillType'],
      externalIds: json(row.externalIds, []),
    })),
    technologies: (await rows('technologies.csv')).map((row) => ({
      ...node(row),
      kind: row.kind as SeedGraph['technologies'][number]['kind'],
      dataModel: text(row.dataModel) as SeedGraph['technologies'][number]['dataModel'],
      toolCategory: text(row.toolCategory) as SeedGraph['technologies'][number]['toolCategory'],
      externalIds: json(row.externalIds, []),
    })),
    industries: (await rows('industries.csv')).map(node),
    requirements: (await rows(relationshipFile('REQUIRES'))).map(graded),
    roleTechnologies: (await rows(relationshipFile('USES'))).map(graded),
    transitions: (await rows(relationshipFile('TRANSITIONS_TO'))).map((row) => ({
      ...link(row),
      kind: row.kind as SeedGraph['transitions'][number]['kind'],
      typicalYears: int(row.typicalYears),
      inheritedFrom: text(row.inheritedFrom),
    })),
    prerequisites: (await rows(relationshipFile('PREREQUISITE_OF'))).map(link),
    relatedSkills: (await rows(relationshipFile('RELATED_TO'))).map(link),
    skillTechnologies: (await rows(relationshipFile('APPLIES'))).map(link),
    frameworkLanguages: (await rows(relationshipFile('WRITTEN_IN'))).map(link),
    hires: (await rows(relationshipFile('HIRES'))).map((row) => ({
      industry: row.START_ID as string,
      role: row.END_ID as string,
      emphasis: text(row.emphasis),
      ...fact(row),
    })),
    salaries: (await rows('salaries.csv')).map((row) => ({
      role: row.role as string,
      region: row.region as string,
      currency: row.currency as string,
      min: Number(row.min),
      max: Number(row.max),
      period: row.period as SeedGraph['salaries'][number]['period'],
      source: row.source as string,
      experience: years(row.experienceMin, row.experienceMax),
      ...fact(row),
    })),
  };
}
