import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import jsonld from 'jsonld';
import { datasetHash, hashFacts } from '../../src/dataset/dataset-hash';
import { exportFiles, type ExportFormat } from '../../src/dataset/export/export-dataset';
import type { Fact } from '../../src/dataset/facts';
import { importCsv } from '../../src/dataset/import-csv';
import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { seedRelationships } from '../../src/store/seed-relationships';
import { startServerProcess, type ServerProcess } from '../support/server-process';

/** GET /export/<format> of the server at `graphqlUrl`, read whole as bytes. */
async function download(graphqlUrl: string, format: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(`/export/${format}`, graphqlUrl), { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

const text = (files: ReturnType<typeof exportFiles>) =>
  new Map(files.map((file) => [file.name, [...file.chunks()].join('')]));

/**
 * GET /export/<format> of the built server on one store, in production mode: each format read back with
 * a real parser (a zip reader and a CSV parser, a GraphML reader, a JSON-LD processor, JSON per line),
 * holding the same files as `npm run export` writes from the seed; the ETag is the dataset hash and
 * If-None-Match with it answers 304; an unknown format is a 404 naming the formats. test/e2e runs it on
 * the embedded store, test/contract/neo4j-store.test.ts on the seeded test Neo4j.
 */
export function describeExportOverHttp(storeName: string, storeEnv: Record<string, string | undefined>) {
  describe(`GET /export/<format> on the ${storeName} store`, () => {
    let server: ServerProcess;
    let seed: SeedGraph;
    let hash: string;
    let scratch: string;

    beforeAll(async () => {
      seed = await loadSeed();
      hash = datasetHash(seed);
      scratch = await mkdtemp(path.join(os.tmpdir(), 'careergraph-export-http-'));
      // Enough points for every download below; rate limiting itself is tested in test/e2e/export.test.ts.
      server = await startServerProcess({
        NODE_ENV: 'production',
        RATE_LIMIT_POINTS: '1000000',
        RATE_LIMIT_EXPORT_POINTS: '50000',
        ...storeEnv,
      });
    });
    afterAll(async () => {
      if (server?.child.exitCode === null) await server.stop();
      await rm(scratch, { recursive: true, force: true });
    });

    const expectDownload = (response: Response, format: ExportFormat, type: string, file: string) => {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      expect(response.headers.get('etag')).toBe(`"${hash}-${format}-1"`);
      expect(response.headers.get('x-dataset-version')).toBe(seed.release.version);
      expect(response.headers.get('x-dataset-hash')).toBe(hash);
      // Streamed: no length announced, the body comes in chunks.
      expect(response.headers.get('transfer-encoding')).toBe('chunked');
    };

    it('csv: a zip of one CSV file per node kind and relationship, which a CSV parser reads and which re-imports to the same hash', async () => {
      const { response, body } = await download(server.url, 'csv');
      expectDownload(response, 'csv', 'application/zip', `careergraph-${seed.release.version}-csv.zip`);
      const entries = unzipSync(new Uint8Array(body));
      const expected = text(exportFiles('csv', seed));
      expect(Object.keys(entries).sort()).toEqual([...expected.keys()].sort());
      const directory = await mkdtemp(path.join(scratch, 'csv-'));
      let rows = 0;
      for (const [name, bytes] of Object.entries(entries)) {
        const content = Buffer.from(bytes).toString('utf8');
        // The release as the store knows it (its marker holds no description); every CSV as the seed gives it.
        if (name === 'dataset.json')
          expect(JSON.parse(content)).toMatchObject({ version: seed.release.version, recordedHash: hash });
        else expect(content).toBe(expected.get(name));
        await writeFile(path.join(directory, name), content);
        if (name.endsWith('.csv')) rows += (parseCsv(content, { columns: true }) as unknown[]).length;
      }
      const relationships = Object.values(seedRelationships(seed)).reduce(
        (sum, links) => sum + links.length,
        0,
      );
      const nodes =
        seed.sources.length +
        seed.roles.length +
        seed.skills.length +
        seed.technologies.length +
        seed.industries.length;
      expect(rows).toBe(nodes + relationships + 2 * seed.salaries.length);
      expect(datasetHash(await importCsv(directory))).toBe(hash);
    });

    it('graphml: a GraphML reader loads every node and relationship', async () => {
      const { response, body } = await download(server.url, 'graphml');
      expectDownload(
        response,
        'graphml',
        'application/graphml+xml; charset=utf-8',
        `careergraph-${seed.release.version}.graphml`,
      );
      const graph = parseGraphml(Graph, body.toString('utf8'));
      expect(graph.order).toBe(
        seed.sources.length +
          seed.roles.length +
          seed.skills.length +
          seed.technologies.length +
          seed.industries.length,
      );
      expect(graph.size).toBe(
        Object.values(seedRelationships(seed)).reduce((sum, links) => sum + links.length, 0),
      );
      expect(graph.getNodeAttribute('Role:senior-backend-developer', 'label')).toBe(
        'Senior Backend Developer',
      );
    });

    it('jsonld: a JSON-LD processor reads one SKOS concept per role, skill, technology and industry', async () => {
      const { response, body } = await download(server.url, 'jsonld');
      expectDownload(
        response,
        'jsonld',
        'application/ld+json; charset=utf-8',
        `careergraph-${seed.release.version}.jsonld`,
      );
      const quads = (await jsonld.toRDF(JSON.parse(body.toString('utf8')) as object, {
        format: 'application/n-quads',
      })) as unknown as string;
      const concepts = quads
        .split('\n')
        .filter((line) =>
          line.endsWith(
            '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2004/02/skos/core#Concept> .',
          ),
        );
      expect(concepts).toHaveLength(
        seed.roles.length + seed.skills.length + seed.technologies.length + seed.industries.length,
      );
      expect(quads).toContain(`"${hash}"`);
    });

    it('jsonl: one fact per line, with evidence, hashing to the dataset hash', async () => {
      const { response, body } = await download(server.url, 'jsonl');
      expectDownload(
        response,
        'jsonl',
        'application/jsonl; charset=utf-8',
        `careergraph-${seed.release.version}.jsonl`,
      );
      const facts = body
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Fact);
      expect(hashFacts(facts)).toBe(hash);
      expect(facts.find((fact) => fact.type === 'REQUIRES')?.value.evidence).toEqual(
        expect.arrayContaining([expect.objectContaining({ source: expect.any(String) })]),
      );
    });

    it('answers If-None-Match with the ETag by 304 and no body; another ETag gets the export', async () => {
      const first = await download(server.url, 'jsonl');
      const etag = first.response.headers.get('etag') as string;
      const again = await download(server.url, 'jsonl', { 'if-none-match': etag });
      expect(again.response.status).toBe(304);
      expect(again.response.headers.get('etag')).toBe(etag);
      expect(again.body).toHaveLength(0);
      const weak = await download(server.url, 'jsonl', { 'if-none-match': `"stale", W/${etag}` });
      expect(weak.response.status).toBe(304);
      // The ETag names the format too: a graphml ETag does not revalidate the jsonl export.
      const other = await download(server.url, 'jsonl', { 'if-none-match': `"${hash}-graphml-1"` });
      expect(other.response.status).toBe(200);
      expect(other.body.equals(first.body)).toBe(true);
    });

    it('answers an unknown format with 404 NOT_FOUND naming the formats', async () => {
      for (const asked of ['xml', 'CSV']) {
        const { response, body } = await download(server.url, asked);
        expect(response.status).toBe(404);
        expect(JSON.parse(body.toString('utf8'))).toEqual({
          errors: [
            {
              message: `There is no export format "${asked}": GET /export/<format> serves csv, graphml, jsonld, jsonl.`,
              extensions: { code: 'NOT_FOUND', formats: ['csv', 'graphml', 'jsonld', 'jsonl'] },
            },
          ],
        });
      }
      const bare = await download(server.url, '');
      expect(bare.response.status).toBe(404);
      expect(JSON.parse(bare.body.toString('utf8')).errors[0].extensions.formats).toHaveLength(4);
    });
  });
}
