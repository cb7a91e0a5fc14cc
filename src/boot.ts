import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { startupCacheDirectory } from './startup-cache-directory';

/**
 * The server's entry (`npm start`, the Docker image): the server bundled into one file
 * (scripts/build-server-bundle.ts), compiled with V8's code cache. Without a current bundle (a build
 * by `tsc` alone) it runs dist/src/main.js and the modules it requires, as they are.
 *
 * A start of the seed graph spent most of its time loading code: finding, reading and compiling some
 * 900 modules. The bundle is one file to find and read, and the code cache (V8's own serialised
 * compiled functions, kept in SEED_CACHE_DIR beside the seed cache) skips most of the compiling. V8
 * checks a cache against the source and its own version and flags, and refuses one that does not match:
 * then the code compiles as without a cache and a new cache is written: once the server serves (or at
 * exit, when a process stops before it serves).
 */
const bundle = path.join(__dirname, 'careergraph.bundle.js');

type ServingModule = { serving?: Promise<void> };

function boot(): void {
  if (!existsSync(bundle) || !bundleIsCurrent()) {
    // Run for its effect (it starts the server); require, not import(), as everywhere in this CommonJS.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./main');
    return;
  }
  const source = readFileSync(bundle, 'utf8');
  const directory = startupCacheDirectory(process.env.SEED_CACHE_DIR);
  const cacheFile = directory === null ? null : path.join(directory, `code-${cacheKey(source)}.bin`);
  const cachedData = cacheFile === null ? undefined : readIfThere(cacheFile);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const exports = run(script);
  // `--prepare-cache` (the Docker image's build): start, keep the cache, and stop.
  const afterServing = process.argv.includes('--prepare-cache') ? () => process.exit(0) : () => {};
  if (cacheFile === null || (cachedData !== undefined && !script.cachedDataRejected)) {
    void exports.serving?.then(afterServing);
    return;
  }
  let written = false;
  const keep = () => {
    if (written) return;
    written = true;
    writeCache(cacheFile, script);
  };
  void exports.serving?.then(() => {
    keep();
    afterServing();
  });
  process.once('exit', keep);
}

/**
 * Whether the bundle holds the latest compiled code: a `tsc` run after it (`npx tsc -b` while working)
 * leaves it older than the compiler's record of its last build, and the modules are then the ones to run.
 */
function bundleIsCurrent(): boolean {
  const bundled = statSync(bundle).mtimeMs;
  const compiled = ['.tsbuildinfo', 'tsconfig.tsbuildinfo'].map((name) => {
    try {
      return statSync(path.join(__dirname, '..', name)).mtimeMs;
    } catch {
      return 0;
    }
  });
  if (compiled.every((time) => time <= bundled)) return true;
  console.error(
    `${bundle} is older than the last compile: running the compiled modules (npm run build bundles again)`,
  );
  return false;
}

/** Runs the wrapped bundle as the CommonJS module it is, resolving its own requires from its folder. */
function run(script: vm.Script): ServingModule {
  const module = new Module(bundle, require.main ?? undefined);
  module.filename = bundle;
  module.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(
    path.dirname(bundle),
  );
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: Module,
    filename: string,
    dirname: string,
  ) => void;
  wrapper.call(
    module.exports,
    module.exports,
    Module.createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
  return module.exports as ServingModule;
}

/**
 * One cache per bundle content and Node build. The content, not the file's size or time: V8 checks a
 * cache only against the source's length, so a rebuilt bundle of the same length would run the old
 * compiled functions. Hashing the 9 MB costs about 20 ms of a start.
 */
function cacheKey(source: string): string {
  return createHash('sha256')
    .update(`${process.version} ${process.arch}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 16);
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written aside and renamed into place, as the seed cache is; the caches of earlier bundles go (a
 * bundle's is 3 MB, and every build makes another). A cache that cannot be written is only skipped.
 */
function writeCache(file: string, script: vm.Script): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, file);
    for (const name of readdirSync(path.dirname(file)))
      if (/^code-[0-9a-f]{16}\.bin$/.test(name) && name !== path.basename(file))
        rmSync(path.join(path.dirname(file), name), { force: true });
  } catch {
    rmSync(partial, { force: true });
  }
}

boot();
