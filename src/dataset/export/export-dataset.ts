import type { SeedGraph } from '../../seed/seed-graph';
import { hashFacts } from '../dataset-hash';
import { factsOf } from '../facts';
import { csvChunks, csvFiles } from './csv';
import { graphmlChunks } from './graphml';
import { jsonldDocument } from './jsonld';
import { jsonlChunks } from './jsonl';

export const exportFormats = ['csv', 'graphml', 'jsonld', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: string): value is ExportFormat =>
  (exportFormats as readonly string[]).includes(value);

/** The media type of each format's file (a CSV export over HTTP is a zip of its files). */
export const mediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** One file of an export, produced as text chunks so that a large graph streams. */
export interface ExportFile {
  readonly name: string;
  chunks(): Iterable<string>;
}

/**
 * The files an export of `graph` in `format` consists of: a CSV export is one file per node kind and
 * relationship type plus dataset.json (the release and its hash); the others are one file each.
 */
export function exportFiles(format: ExportFormat, graph: SeedGraph): ExportFile[] {
  const facts = factsOf(graph);
  const hash = hashFacts(facts);
  switch (format) {
    case 'csv':
      return [
        {
          name: 'dataset.json',
          chunks: () => [`${JSON.stringify({ ...graph.release, recordedHash: hash }, null, 2)}\n`],
        },
        ...csvFiles(graph).map((file) => ({ name: file.name, chunks: () => csvChunks(file) })),
      ];
    case 'graphml':
      return [{ name: 'careergraph.graphml', chunks: () => graphmlChunks(graph) }];
    case 'jsonld':
      return [
        { name: 'careergraph.jsonld', chunks: () => [`${JSON.stringify(jsonldDocument(graph, hash))}\n`] },
      ];
    case 'jsonl':
      return [{ name: 'careergraph.jsonl', chunks: () => jsonlChunks(facts) }];
  }
}
