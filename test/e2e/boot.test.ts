import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { projectRoot } from '../../src/project-root';
import { startServerProcess } from '../support/server-process';
import { parseAnswer } from '../support/json';

/**
 * The production entry (dist/src/boot.js): the server bundled into one file, run through V8's code
 * cache kept in SEED_CACHE_DIR. `npm test` builds the bundle before jest runs.
 */
describe('the bundled server (dist/src/boot.js)', () => {
  const bundle = path.join(projectRoot, 'dist', 'src', 'careergraph.bundle.js');
  let cacheDirectory: string;

  beforeEach(() => {
    cacheDirectory = mkdtempSync(path.join(os.tmpdir(), 'careergraph-boot-'));
  });
  afterEach(() => rmSync(cacheDirectory, { recursive: true, force: true }));

  const codeCaches = () =>
    readdirSync(cacheDirectory).filter((name) => /^code-[0-9a-f]{16}\.bin$/.test(name));

  it('is built, and serves the schema committed in schema/schema.graphql, type names included', async () => {
    expect(statSync(bundle).size).toBeGreaterThan(0);
    const server = await startServerProcess({ SEED_CACHE_DIR: cacheDirectory, INTROSPECTION: 'true' });
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: getIntrospectionQuery({
            specifiedByUrl: true,
            directiveIsRepeatable: true,
            schemaDescription: true,
            inputValueDeprecation: true,
          }),
        }),
      });
      const answer = JSON.parse(await response.text()) as { data: IntrospectionQuery };
      const committed = readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8');
      // Both printed the same way, sorted: a class the bundler renamed would rename its GraphQL type.
      const served = printSchema(lexicographicSortSchema(buildClientSchema(answer.data)));
      expect(served).toBe(printSchema(lexicographicSortSchema(buildSchema(committed))));
      expect(served).toMatch(/\btype Role implements\b/);
    } finally {
      await server.stop();
    }
  });

  it("gives Apollo's query hash node:crypto, not the JavaScript SHA-256 bundling would pick", () => {
    const code = readFileSync(bundle, 'utf8');
    // @apollo/utils.createhash falls back to sha.js when `module.require` is missing, as in esbuild's wrapper.
    const createHash = /"node_modules\/@apollo\/utils\.createhash\/dist\/index\.js"[^]*?\n\}\);/.exec(code);
    expect(createHash?.[0]).toContain('require("node:crypto").createHash(kind)');
    expect(code).not.toContain('node_modules/sha.js/sha256.js');
  });

  it('keeps the compiled code on its first start and reuses it, unchanged, on the next', async () => {
    const first = await startServerProcess({ SEED_CACHE_DIR: cacheDirectory });
    expect(await first.stop()).toBe(0);
    const [cache] = codeCaches();
    expect(cache).toBeDefined();
    const written = readFileSync(path.join(cacheDirectory, cache as string));
    expect(written.length).toBeGreaterThan(100_000);

    const second = await startServerProcess({ SEED_CACHE_DIR: cacheDirectory });
    const response = await fetch(second.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ role(slug: "backend-developer") { name } }' }),
    });
    expect(parseAnswer(await response.text())?.data).toEqual({ role: { name: 'Backend Developer' } });
    expect(await second.stop()).toBe(0);
    // A cache V8 refused would have been written again.
    expect(codeCaches()).toEqual([cache]);
    expect(readFileSync(path.join(cacheDirectory, cache as string)).equals(written)).toBe(true);
  });
});
