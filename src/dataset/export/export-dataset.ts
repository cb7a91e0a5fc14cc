import type { SeedGraph } from '../../seed/seed-graph';
import { canonicalGraph } from '../canonical-graph';
import { hashFacts } from '../dataset-hash';
import { factsOf, type Fact } from '../facts';
import { csvChunks, csvFiles } from './csv';
import { graphmlChunks } from './graphml';
import { jsonldChunks } from './jsonld';
import { jsonlChunks } from './jsonl';

export const exportFormats = ['csv', 'graphml', 'jsonld', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: string): value is ExportFormat =>
  (exportFormats as readonly string[]).includes(value);

/**
 * The layout of the exported files: raised whenever the same facts would be written differently (a
 * column added, renamed, ...), so that an ETag (the dataset hash and this) names the bytes sent.
 */
export const exportLayout = 1;

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

/** An export: the content hash of the facts it holds, and its files. */
export interface PreparedExport {
  readonly hash: string;
  readonly files: readonly ExportFile[];
}

/**
 * The files an export of `graph` in `format` consists of: a CSV export is one file per node kind and
 * relationship type plus dataset.json (the release and its hash); the others are one file each.
 */
export function exportFiles(format: ExportFormat, graph: SeedGraph): ExportFile[] {
  return [...prepareExport(format, graph).files];
}

/** The export's files and the hash of the facts they hold, computed once (GET /export sends it as ETag). */
export function prepareExport(format: ExportFormat, graph: SeedGraph): PreparedExport {
  let known = prepared.get(graph);
  if (!known) {
    const facts = factsOf(graph);
    known = { canonical: canonicalGraph(graph), facts, hash: hashFacts(facts) };
    prepared.set(graph, known);
  }
  return { hash: known.hash, files: filesOf(format, known.canonical, known.facts, known.hash) };
}

/**
 * A graph in canonical order with its facts and hash, worked out once per graph object (a server
 * exports one snapshot many times). Every format is written from the canonical order, so the same facts
 * give the same bytes whether they were read from the seed files, the embedded store or Neo4j.
 */
const prepared = new WeakMap<
  SeedGraph,
  { readonly canonical: SeedGraph; readonly facts: Fact[]; readonly hash: string }
>();

function filesOf(format: ExportFormat, graph: SeedGraph, facts: readonly Fact[], hash: string): ExportFile[] {
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
      return [{ name: 'careergraph.jsonld', chunks: () => jsonldChunks(graph, hash) }];
    case 'jsonl':
      return [{ name: 'careergraph.jsonl', chunks: () => jsonlChunks(facts) }];
  }
}
