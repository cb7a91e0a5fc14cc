import type { SeedGraph } from '../../seed/seed-graph';
import { canonicalGraph } from '../canonical-graph';
import { hashFacts } from '../dataset-hash';
import { factsOf, type Fact } from '../facts';
import { csvChunks, csvFiles } from './csv';
import { graphmlChunks } from './graphml';
import { jsonldChunks } from './jsonld';
import { jsonlChunks } from './jsonl';
import type { ExportFile, ExportFormat, PreparedExport } from './export-formats';

export {
  exportFormats,
  exportLayout,
  isExportFormat,
  mediaTypes,
  type ExportFile,
  type ExportFormat,
  type PreparedExport,
} from './export-formats';

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
