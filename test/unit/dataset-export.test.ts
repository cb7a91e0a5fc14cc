import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseGraphml } from 'graphology-graphml';
import Graph from 'graphology';
import jsonld from 'jsonld';
import { datasetHash, hashFacts } from '../../src/dataset/dataset-hash';
import { exportFiles, exportFormats, type ExportFormat } from '../../src/dataset/export/export-dataset';
import { factsOf, type Fact } from '../../src/dataset/facts';
import { importCsv } from '../../src/dataset/import-csv';
import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { seedRelationships } from '../../src/store/seed-relationships';
import { MemoryStore } from '../../src/store/memory/memory-store';

let seed: SeedGraph;
let scratch: string;

beforeAll(async () => {
  seed = await loadSeed();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'careergraph-export-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Writes an export of `graph` to a new folder, as `npm run export` does. */
async function writeExport(format: ExportFormat, graph: SeedGraph = seed): Promise<string> {
  const directory = await mkdtemp(path.join(scratch, `${format}-`));
  for (const file of exportFiles(format, graph))
    await writeFile(path.join(directory, file.name), [...file.chunks()].join(''));
  return directory;
}

const relationshipCount = (graph: SeedGraph) =>
  Object.values(seedRelationships(graph)).reduce((sum, links) => sum + links.length, 0);
const nodeCount = (graph: SeedGraph) =>
  graph.sources.length +
  graph.roles.length +
  graph.skills.length +
  graph.technologies.length +
  graph.industries.length;

describe('the content hash', () => {
  it('is the same for the same facts in any order, and changes with any fact', () => {
    const shuffled: SeedGraph = {
      ...seed,
      roles: [...seed.roles].reverse(),
      requirements: [...seed.requirements].reverse(),
    };
    expect(datasetHash(shuffled)).toBe(datasetHash(seed));
    const [first, ...rest] = seed.requirements;
    const edited: SeedGraph = {
      ...seed,
      requirements: [{ ...first!, importance: first!.importance === 'CORE' ? 'PREFERRED' : 'CORE' }, ...rest],
    };
    expect(datasetHash(edited)).not.toBe(datasetHash(seed));
    const evidence: SeedGraph = {
      ...seed,
      roles: seed.roles.map((role, index) =>
        index === 0 ? { ...role, evidence: [{ ...role.evidence[0]!, lines: { start: 1, end: 1 } }] } : role,
      ),
    };
    expect(datasetHash(evidence)).not.toBe(datasetHash(seed));
  });

  it('is stable across loads of the same files', async () => {
    expect(datasetHash(await loadSeed())).toBe(datasetHash(seed));
  });
});

describe('exports', () => {
  it.each(exportFormats)('%s is deterministic: the same files for the same data', (format) => {
    const once = exportFiles(format, seed).map((file) => [file.name, [...file.chunks()].join('')]);
    const again = exportFiles(format, seed).map((file) => [file.name, [...file.chunks()].join('')]);
    expect(again).toEqual(once);
  });

  it('jsonl: one fact per line, each with its evidence, hashing to the dataset hash', async () => {
    const directory = await writeExport('jsonl');
    const lines = (await readFile(path.join(directory, 'careergraph.jsonl'), 'utf8')).trimEnd().split('\n');
    const facts = lines.map((line) => JSON.parse(line) as Fact);
    expect(facts).toHaveLength(factsOf(seed).length);
    expect(hashFacts(facts)).toBe(datasetHash(seed));
    for (const fact of facts.filter((f) => f.type !== 'Source'))
      expect((fact.value.evidence as unknown[]).length).toBeGreaterThan(0);
  });

  it('csv: every file parses with its header, one row per fact, with evidence columns', async () => {
    const directory = await writeExport('csv');
    const files = (await readdir(directory)).filter((file) => file.endsWith('.csv'));
    let rows = 0;
    for (const file of files) {
      const records = parseCsv(await readFile(path.join(directory, file), 'utf8'), {
        columns: true,
      }) as Record<string, string>[];
      rows += records.length;
      if (file !== 'pays.csv' && file !== 'sources.csv') {
        for (const record of records) {
          expect(JSON.parse(record.evidence as string).length).toBeGreaterThan(0);
          expect(record.evidence_locators).toMatch(/\w+:\d+|http/);
        }
      }
    }
    expect(rows).toBe(nodeCount(seed) + relationshipCount(seed) + 2 * seed.salaries.length);
    const roles = parseCsv(await readFile(path.join(directory, 'roles.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(Object.keys(roles[0] as object).slice(0, 2)).toEqual(['slug:ID(Role)', ':LABEL']);
  });

  it('csv: reading the files back gives the same dataset, and a store loaded from them the same hash', async () => {
    const directory = await writeExport('csv');
    const imported = await importCsv(directory);
    expect(datasetHash(imported)).toBe(datasetHash(seed));
    expect((await new MemoryStore(imported).datasetMarker()).hash).toBe(datasetHash(seed));
  });

  it('graphml: a GraphML reader loads every node and relationship with its attributes', async () => {
    const directory = await writeExport('graphml');
    const graph = parseGraphml(Graph, await readFile(path.join(directory, 'careergraph.graphml'), 'utf8'));
    expect(graph.order).toBe(nodeCount(seed));
    expect(graph.size).toBe(relationshipCount(seed));
    expect(graph.getNodeAttributes('Role:senior-backend-developer')).toMatchObject({
      kind: 'Role',
      label: 'Senior Backend Developer',
      seniority: 'SENIOR',
    });
    const edge = graph.edges(
      'Role:junior-backend-developer',
      'Role:mid-level-backend-developer',
    )[0] as string;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({
      type: 'TRANSITIONS_TO',
      transitionKind: 'PROMOTION',
    });
  });

  it('jsonld: a JSON-LD processor reads SKOS concepts, labels and mappings', async () => {
    const directory = await writeExport('jsonld');
    const document = JSON.parse(await readFile(path.join(directory, 'careergraph.jsonld'), 'utf8')) as object;
    const quads = (await jsonld.toRDF(document, { format: 'application/n-quads' })) as unknown as string;
    const skos = 'http://www.w3.org/2004/02/skos/core#';
    const lines = quads.split('\n');
    const concepts = lines.filter((line) =>
      line.includes(`<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${skos}Concept>`),
    );
    expect(concepts).toHaveLength(
      seed.roles.length + seed.skills.length + seed.technologies.length + seed.industries.length,
    );
    expect(lines).toContainEqual(
      `<urn:careergraph:role:senior-backend-developer> <${skos}prefLabel> "Senior Backend Developer"@en .`,
    );
    expect(lines).toContainEqual(
      `<urn:careergraph:role:senior-backend-developer> <${skos}broader> <urn:careergraph:role:backend-developer> .`,
    );
    const mapped = seed.roles.flatMap((role) => role.externalIds.map((id) => [role.slug, id] as const));
    for (const [slug, id] of mapped) {
      const property = {
        EXACT: 'exactMatch',
        CLOSE: 'closeMatch',
        BROAD: 'broadMatch',
        NARROW: 'narrowMatch',
        RELATED: 'relatedMatch',
      }[id.match];
      expect(lines).toContainEqual(`<urn:careergraph:role:${slug}> <${skos}${property}> <${id.uri}> .`);
    }
  });
});
