import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { datasetMarkerOf } from '../../src/dataset/dataset-marker-of';
import { defaultSeedDirectory, loadSeed } from '../../src/seed/load-seed';
import { SeedValidationError } from '../../src/seed/seed-errors';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { loadSeedCached } from '../../src/store/memory/seed-cache';
import { builtScript } from '../support/built-script';

/**
 * The embedded store's seed cache (src/store/memory/seed-cache.ts), on a copy of the real seed/: a hit
 * gives exactly what reading the files gives, and any change to the files is a miss, never a stale graph.
 */
let scratch: string;
let seedCopy: string;
let cache: string;
let fresh: SeedGraph;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'careergraph-seed-cache-'));
  seedCopy = path.join(scratch, 'seed');
  await cp(defaultSeedDirectory, seedCopy, { recursive: true });
  fresh = await loadSeed(seedCopy);
}, 120_000);

afterAll(() => rm(scratch, { recursive: true, force: true }));

const cacheFiles = async (directory: string) =>
  (await readdir(directory)).filter((name) => name.startsWith('seed-'));

describe('a cached seed', () => {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);

  beforeAll(() => {
    cache = path.join(scratch, 'cache');
  });

  it('is read from the files the first time, and written', async () => {
    const loaded = await loadSeedCached(seedCopy, cache, warn);
    expect(loaded.from).toBe('files');
    expect(await cacheFiles(cache)).toHaveLength(1);
  }, 60_000);

  it('is the same graph and identity from the cache as from the files', async () => {
    const loaded = await loadSeedCached(seedCopy, cache, warn);
    expect(loaded.from).toBe('cache');
    expect(loaded.graph).toEqual(fresh);
    // To the order of every object's fields: exports and answers list fields in the order they are held.
    expect(JSON.stringify(loaded.graph)).toBe(JSON.stringify(fresh));
    const { seededAt: _seededAt, ...identity } = datasetMarkerOf(fresh, 'now');
    expect(loaded.identity).toEqual(identity);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('gives the store the marker the files would', async () => {
    const loaded = await loadSeedCached(seedCopy, cache, warn);
    const fromCache = await new MemoryStore(loaded.graph, loaded.identity).datasetMarker();
    const fromFiles = await new MemoryStore(fresh).datasetMarker();
    expect({ ...fromCache, seededAt: '' }).toEqual({ ...fromFiles, seededAt: '' });
  }, 60_000);

  it('is not used once a seed file changed: the change is served', async () => {
    const roles = path.join(seedCopy, 'roles.yaml');
    const original = await readFile(roles, 'utf8');
    try {
      await writeFile(
        roles,
        original.replace('name: Backend Developer\n', 'name: Backend Developer (renamed)\n'),
      );
      const loaded = await loadSeedCached(seedCopy, cache, warn);
      expect(loaded.from).toBe('files');
      expect(loaded.graph.roles.find((role) => role.slug === 'backend-developer')?.name).toBe(
        'Backend Developer (renamed)',
      );
    } finally {
      await writeFile(roles, original);
    }
  }, 60_000);

  it('never serves a seed that stopped being valid from the cache', async () => {
    await loadSeedCached(seedCopy, cache, warn);
    const transitions = path.join(seedCopy, 'transitions.yaml');
    const original = await readFile(transitions, 'utf8');
    try {
      await writeFile(transitions, `${original}\n- from: backend-developer\n  to: no-such-role\n`);
      await expect(loadSeedCached(seedCopy, cache, warn)).rejects.toBeInstanceOf(SeedValidationError);
    } finally {
      await writeFile(transitions, original);
    }
  }, 60_000);

  it('is read again from the files when the cache file is damaged, and rewritten', async () => {
    const [name] = await cacheFiles(cache);
    const file = path.join(cache, name as string);
    const whole = await readFile(file, 'utf8');
    await writeFile(file, whole.slice(0, whole.length / 2));
    warnings.length = 0;
    const repaired = await loadSeedCached(seedCopy, cache, warn);
    expect(repaired.from).toBe('files');
    expect(warnings).toEqual([expect.stringMatching(/seed cache .* not read/)]);
    expect((await loadSeedCached(seedCopy, cache, warn)).from).toBe('cache');
  }, 60_000);
});

describe('the cache folder', () => {
  it('keeps no file with the cache off', async () => {
    const loaded = await loadSeedCached(seedCopy, null);
    expect(loaded.from).toBe('files');
    expect(loaded.graph).toEqual(fresh);
  }, 60_000);

  it('loads the seed, with a warning, where the cache cannot be written', async () => {
    const notAFolder = path.join(scratch, 'a-file');
    await writeFile(notAFolder, 'not a folder');
    const warnings: string[] = [];
    const loaded = await loadSeedCached(seedCopy, path.join(notAFolder, 'cache'), (message) =>
      warnings.push(message),
    );
    expect(loaded.from).toBe('files');
    expect(loaded.graph).toEqual(fresh);
    expect(warnings).toEqual([expect.stringMatching(/not written/)]);
  }, 60_000);

  it('keeps the four most recently written seeds', async () => {
    const crowded = path.join(scratch, 'crowded');
    await cp(path.join(scratch, 'cache'), crowded, { recursive: true });
    const old = ['0000000000000001', '0000000000000002', '0000000000000003', '0000000000000004'];
    for (const [index, id] of old.entries()) {
      const file = path.join(crowded, `seed-${id}.json`);
      await writeFile(file, '{}');
      await utimes(file, new Date(2020, 0, index + 1), new Date(2020, 0, index + 1));
    }
    const other = path.join(scratch, 'other-seed');
    await cp(seedCopy, other, { recursive: true });
    await loadSeedCached(other, crowded);
    const kept = await cacheFiles(crowded);
    expect(kept).toHaveLength(4);
    // The two oldest went; the two seeds read now are kept.
    expect(kept).not.toContain('seed-0000000000000001.json');
    expect(kept).not.toContain('seed-0000000000000002.json');
  }, 120_000);
});

describe('npm run seed:cache', () => {
  const run = (environment: NodeJS.ProcessEnv, ...args: string[]) =>
    spawnSync(process.execPath, [builtScript('src/store/memory/seed-cache-cli.js'), ...args], {
      env: { ...process.env, ...environment },
      encoding: 'utf8',
    });

  it('writes the cache the built server then reads, and says so', async () => {
    const target = path.join(scratch, 'cli-cache');
    const written = run({ SEED_DIR: seedCopy, SEED_CACHE_DIR: target });
    expect(written.stdout).toMatch(/written: dataset \d+\.\d+\.\d+/);
    expect(written.status).toBe(0);
    // The built code's cache: a key over dist/'s JavaScript, not over the TypeScript these tests run.
    expect(await cacheFiles(target)).toHaveLength(1);
    expect(run({ SEED_DIR: seedCopy, SEED_CACHE_DIR: target }).stdout).toMatch(/was up to date/);
  }, 120_000);

  it('writes nothing, and says why, with the cache off', () => {
    const skipped = run({ SEED_DIR: seedCopy, SEED_CACHE_DIR: 'off' });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toMatch(/SEED_CACHE_DIR is off: no seed cache written/);
  });

  it('fails, saying why, on a seed that does not load', async () => {
    const broken = path.join(scratch, 'broken-seed');
    await cp(seedCopy, broken, { recursive: true });
    await writeFile(path.join(broken, 'roles.yaml'), 'not: [a, list');
    const refused = run({ SEED_DIR: broken, SEED_CACHE_DIR: path.join(scratch, 'broken-cache') });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/roles\.yaml/);
    // As the build runs it: the seed is not the build's to judge.
    const building = run(
      { SEED_DIR: broken, SEED_CACHE_DIR: path.join(scratch, 'broken-cache') },
      '--if-valid',
    );
    expect(building.status).toBe(0);
    expect(building.stderr).toMatch(/seed cache not written: the seed does not load/);
  }, 60_000);

  it('fails where the cache cannot be written, unless run as the build runs it', async () => {
    const notAFolder = path.join(scratch, 'cli-not-a-folder');
    await writeFile(notAFolder, 'not a folder');
    const environment = { SEED_DIR: seedCopy, SEED_CACHE_DIR: path.join(notAFolder, 'cache') };
    const refused = run(environment);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/not written/);
    const building = run(environment, '--if-valid');
    expect(building.status).toBe(0);
    expect(building.stderr).toMatch(/not written/);
    expect(building.stdout).not.toMatch(/written:/);
  }, 60_000);
});
