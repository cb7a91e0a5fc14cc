import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { codeRoot } from '../../code-root';
import { projectRoot } from '../../project-root';
import type { SeedGraph } from '../../seed/seed-graph';
import type { DatasetMarker } from '../dataset-marker';
import { tabulated, untabulated } from './cache-tables';
import { freezeShared, SharedArrays } from './shared-arrays';

/** What a dataset is, apart from when it was loaded: the hash and counts of its facts, its release. */
export type DatasetIdentity = Omit<DatasetMarker, 'seededAt'>;

/** A validated seed graph and its identity, as the embedded store loads it. */
export interface LoadedSeed {
  readonly graph: SeedGraph;
  readonly identity: DatasetIdentity;
  /** Whether it came from the cache (`cache`) or was read, checked and hashed now (`files`). */
  readonly from: 'cache' | 'files';
}

/** Bumped when the cache file's shape changes, so that an older file is never read as a newer one. */
const cacheFormat = 3;

/** The code whose output the cache holds: the seed reader and checker, the domain rules it applies, the hash. */
const codeFolders = ['seed', 'domain', 'dataset'];

/**
 * The embedded store's seed, from a cache when nothing it was made from has changed. Reading, checking and
 * hashing the seed is most of a start-up (about 0.9 s of 2 s on the seed graph, minutes at 100,000
 * roles), and it gives the same graph every time for the same files and the same code. So the result is
 * kept as JSON (which V8 parses faster than it deserialises its own format; each repeated array once,
 * shared-arrays.ts), under a key that is the
 * SHA-256 of every file in the seed folder and of the code that reads them: any change to either is a
 * miss, and a miss reads, checks and hashes the seed as without a cache (a bad seed still loads nothing).
 * One file per seed folder, replaced on a miss; a cache that cannot be read or written is only skipped.
 * `cacheDirectory` null: no cache.
 */
export async function loadSeedCached(
  seedDirectory: string | undefined,
  cacheDirectory: string | null,
  warn: (message: string) => void = () => {},
): Promise<LoadedSeed> {
  if (cacheDirectory === null) return loadFromFiles(seedDirectory);
  const directory = path.resolve(seedDirectory ?? path.join(projectRoot, 'seed'));
  const file = path.join(cacheDirectory, `seed-${sha256(directory).slice(0, 16)}.json`);
  // The key is worked out on a worker thread while this one reads and parses the cache file: at 100,000
  // roles, reading and hashing 149 MB of seed files took 0.3 s. A cache of another key (the seed or the
  // code changed) is parsed for nothing, on a start that then reads the seed files, which takes far longer.
  const keying = cacheKey(directory);
  const reading = readCache(file).catch((error: unknown) => {
    warn(`seed cache ${file} not read (${describe(error)}); reading the seed files`);
    return null;
  });
  let key: string;
  try {
    key = await keying;
  } catch (error) {
    warn(`seed cache skipped: the seed folder ${directory} could not be hashed (${describe(error)})`);
    return loadFromFiles(seedDirectory);
  }
  const parsed = await reading;
  if (parsed !== null && parsed.key === key) {
    try {
      return { ...restored(parsed), from: 'cache' };
    } catch (error) {
      warn(`seed cache ${file} not read (${describe(error)}); reading the seed files`);
    }
  }
  const loaded = await loadFromFiles(seedDirectory);
  await writeCache(file, key, loaded).catch((error: unknown) =>
    warn(`seed cache ${file} not written (${describe(error)}); the next start reads the seed files again`),
  );
  return loaded;
}

async function loadFromFiles(seedDirectory: string | undefined): Promise<LoadedSeed> {
  // Loaded only on a miss: the reader, its YAML parser and schemas take a quarter of a second to load.
  // require, not import(): the tests run this CommonJS under ts-jest, which has no dynamic import().
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { loadSeed } = require('../../seed/load-seed') as typeof import('../../seed/load-seed');
  const { datasetMarkerOf } =
    require('../../dataset/dataset-marker-of') as typeof import('../../dataset/dataset-marker-of');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const graph = await loadSeed(seedDirectory);
  const { seededAt: _notPartOfTheIdentity, ...identity } = datasetMarkerOf(graph, '');
  return { graph, identity, from: 'files' };
}

/**
 * The cache file: its format first (readCache knows a file of another format from its first bytes), then
 * its key, repeated arrays in `shared`, and the graph with its large collections as tables
 * (cache-tables.ts), named in `tables`.
 */
interface CacheFile {
  readonly format: number;
  readonly key: string;
  readonly identity: DatasetIdentity;
  readonly shared: readonly unknown[];
  readonly tables: readonly string[];
  readonly graph: Record<string, unknown>;
}

/** The cache file parsed, if it is one of this format; null where there is none. */
async function readCache(file: string): Promise<CacheFile | null> {
  // The format sits first in the file: a file of another format is known from its first bytes.
  const head = Buffer.from(`{"format":${cacheFormat},"key":"`);
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  try {
    const start = Buffer.alloc(head.length);
    const { bytesRead } = await handle.read(start, 0, head.length, 0);
    if (bytesRead < head.length || !start.equals(head)) return null;
    // The read above is positioned, so it left the file's own position at the start: readFile reads it all.
    const parsed = JSON.parse(await handle.readFile('utf8')) as CacheFile;
    if (!Array.isArray(parsed.shared) || !Array.isArray(parsed.tables))
      throw new Error('the cache file has no table of shared arrays or of tables');
    return parsed;
  } finally {
    await handle.close();
  }
}

/** The graph a cache file holds, its shared arrays frozen and put back; throws on a damaged file. */
function restored(parsed: CacheFile): Omit<LoadedSeed, 'from'> {
  freezeShared(parsed.shared);
  const graph = untabulated(parsed.graph, parsed.tables, parsed.shared) as unknown as SeedGraph;
  return { graph, identity: parsed.identity };
}

async function writeCache(file: string, key: string, loaded: LoadedSeed): Promise<void> {
  const arrays = new SharedArrays();
  const { graph, tables } = tabulated(loaded.graph, arrays);
  const json = arrays.json(graph);
  // Put together by hand to keep the order readCache relies on: format and key, then the rest. The
  // table of shared arrays is written whole: arrays inside a shared array stay where they are.
  const content =
    `{"format":${cacheFormat},"key":${JSON.stringify(key)},"identity":${JSON.stringify(loaded.identity)},` +
    `"shared":${JSON.stringify(arrays.table)},"tables":${JSON.stringify(tables)},"graph":${json}}`;
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside, then renamed over: a start-up reading at the same moment sees the old file or the new.
  const partial = `${file}.${process.pid}.partial`;
  try {
    await writeFile(partial, content);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  await forgetOldest(path.dirname(file));
}

/** Seed folders come and go (tests copy seed/ to temporary folders): keep the most recently written few. */
const keptFiles = 4;

async function forgetOldest(cacheDirectory: string): Promise<void> {
  const names = (await readdir(cacheDirectory)).filter((name) => /^seed-[0-9a-f]{16}\.json$/.test(name));
  const written = await Promise.all(
    names.map((name) => {
      const file = path.join(cacheDirectory, name);
      // Another start may have removed it meanwhile.
      return stat(file).then(
        (found) => ({ file, at: found.mtimeMs }),
        () => null,
      );
    }),
  );
  const oldest = written
    .filter((entry) => entry !== null)
    .sort((a, b) => b.at - a.at)
    .slice(keptFiles);
  await Promise.all(oldest.map(({ file }) => rm(file, { force: true })));
}

/**
 * SHA-256 over the seed folder's files and the code that reads them: names and bytes, in a fixed order.
 * The files are listed here and read and hashed on a worker thread (hashWorkerSource).
 */
async function cacheKey(seedDirectory: string): Promise<string> {
  const codeExtension = path.extname(__filename);
  const parts: HashedFolder[] = [
    { label: 'seed', root: seedDirectory, files: await filesUnder(seedDirectory, () => true) },
    ...(await Promise.all(
      codeFolders.map(async (folder) => {
        const root = path.join(codeRoot, folder);
        return { label: folder, root, files: await filesUnder(root, (name) => name.endsWith(codeExtension)) };
      }),
    )),
  ];
  const worker = new Worker(hashWorkerSource, {
    eval: true,
    workerData: { header: `careergraph seed cache ${cacheFormat}\n`, parts },
  });
  return new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { key?: string; error?: string }) =>
      message.key !== undefined ? resolve(message.key) : reject(new Error(message.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the hashing thread stopped (exit code ${code})`)));
  });
}

interface HashedFolder {
  readonly label: string;
  readonly root: string;
  /** Paths relative to `root`, sorted. */
  readonly files: readonly string[];
}

/**
 * The hashing thread: plain JavaScript (it runs from this string, in the bundle as in the modules), so
 * it is kept to what the key is. For each folder's files in order, the label, path and size, then the bytes.
 */
const hashWorkerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const path = require('node:path');
try {
  const hash = createHash('sha256');
  hash.update(workerData.header);
  for (const { label, root, files } of workerData.parts)
    for (const relative of files) {
      const bytes = readFileSync(path.join(root, relative));
      hash.update(label + '/' + relative + '\\t' + bytes.length + '\\n');
      hash.update(bytes);
    }
  parentPort.postMessage({ key: hash.digest('hex') });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
`;

async function filesUnder(root: string, wanted: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return (
    entries
      // Links too: the loader reads a linked file by its name like any other.
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && wanted(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort()
  );
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
