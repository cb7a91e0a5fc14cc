/*
 * Builds the browser pages (web/) into dist/web/ with esbuild: part of `npm run build`.
 *
 *   dist/web/playground.html, explore.html   the pages, naming their bundles
 *   dist/web/assets/<name>-<hash>.<ext>       bundles (ES modules), chunks loaded on demand and Monaco's
 *                                             workers, each with .br and .gz copies
 *   dist/web/metafile.json                    what is in each bundle (https://esbuild.github.io/analyze/)
 *
 * Every asset name carries a hash of its content, so the server lets browsers cache them for good
 * (src/server/web-pages.ts). Nothing is fetched from the internet at run time.
 *
 * `npm start` builds first, so unchanged inputs (web/, examples/, the lock file, this script) skip the
 * build: dist/web/.inputs holds a hash of the inputs it was built from. `--force` builds anyway.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { projectRoot } from '../src/project-root';

const webSource = path.join(projectRoot, 'web');
export const webOutput = path.join(projectRoot, 'dist', 'web');
const assetsOutput = path.join(webOutput, 'assets');
const publicAssets = '/assets';
const stampFile = path.join(webOutput, '.inputs');

/** The pages: a folder of web/ each, with its entry module and index.html. */
const pages = { playground: 'playground/main.tsx', explore: 'explore/main.ts' } as const;

const workers = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
} as const;

/**
 * - `import 'monaco-editor'` -> web/playground/monaco.ts: the editor core and JSON, not 80 other languages.
 * - Monaco's own stylesheets are left out: graphiql/style.css already holds them (about 130 KB twice otherwise).
 */
const slimMonaco: Plugin = {
  name: 'slim-monaco',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^monaco-editor$/ }, () => ({
      path: path.join(webSource, 'playground', 'monaco.ts'),
    }));
    pluginBuild.onResolve({ filter: /\.css$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}monaco-editor${path.sep}`)
        ? { path: args.path, namespace: 'left-out-css' }
        : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'left-out-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

const common = {
  bundle: true,
  minify: true,
  target: ['es2022', 'chrome111', 'firefox115', 'safari16.4'],
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  outdir: assetsOutput,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  assetNames: '[name]-[hash]',
  publicPath: publicAssets,
  absWorkingDir: projectRoot,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [slimMonaco],
} satisfies BuildOptions;

interface EntryOutputs {
  /** The entry's script, its stylesheet if any, and the chunks it imports statically (file names). */
  readonly js: string;
  readonly css: string | undefined;
  readonly chunks: readonly string[];
}

/** What esbuild wrote for each entry point, as file names in the assets folder. */
function entryOutputs(metafile: Metafile): Map<string, EntryOutputs> {
  const outputs = new Map<string, EntryOutputs>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (!output.entryPoint || !file.endsWith('.js')) continue;
    outputs.set(output.entryPoint, {
      js: path.posix.basename(file),
      css: output.cssBundle ? path.posix.basename(output.cssBundle) : undefined,
      chunks: output.imports
        .filter((imported) => imported.kind === 'import-statement' && !imported.external)
        .map((imported) => path.posix.basename(imported.path)),
    });
  }
  return outputs;
}

/** The page's HTML template, with its stylesheet and scripts filled in. */
async function writePage(name: string, outputs: EntryOutputs): Promise<void> {
  const template = await readFile(path.join(webSource, name, 'index.html'), 'utf8');
  const styles = [
    ...(outputs.css ? [`<link rel="stylesheet" href="${publicAssets}/${outputs.css}" />`] : []),
    // Fetched at once, in parallel with the entry, rather than once the entry has been parsed.
    ...outputs.chunks.map((chunk) => `<link rel="modulepreload" href="${publicAssets}/${chunk}" />`),
  ].join('\n    ');
  const scripts = `<script type="module" src="${publicAssets}/${outputs.js}"></script>`;
  const html = template.replace('<!-- build: styles -->', styles).replace('<!-- build: scripts -->', scripts);
  if (html.includes('<!-- build:')) throw new Error(`web/${name}/index.html: unknown build placeholder`);
  await writeFile(path.join(webOutput, `${name}.html`), html);
}

const compressible = /\.(js|css|html|svg|ttf|json|txt)$/;

/** Brotli quality 9, not 11: about 10 % larger, 10 times quicker (1 s instead of 10 s for the playground). */
const brotliQuality = 9;

interface Sizes {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly br: number;
}

/** Writes <file>.br and <file>.gz beside every file of `folder` matching `pattern`; returns their sizes. */
async function compress(folder: string, pattern: RegExp): Promise<Sizes[]> {
  const sizes: Sizes[] = [];
  for (const name of (await readdir(folder)).sort()) {
    if (!pattern.test(name)) continue;
    const content = await readFile(path.join(folder, name));
    const [brotli, gzipped] = await Promise.all([
      promisify(brotliCompress)(content, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      promisify(gzip)(content, { level: 9 }),
    ]);
    await writeFile(path.join(folder, `${name}.br`), brotli);
    await writeFile(path.join(folder, `${name}.gz`), gzipped);
    sizes.push({ file: name, raw: content.length, gzip: gzipped.length, br: brotli.length });
  }
  return sizes;
}

/** Every file under `folder` (absolute paths). */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A hash of everything the build reads: the sources, the installed versions, and this script. */
async function inputsHash(): Promise<string> {
  const files = [
    ...(await filesUnder(webSource)),
    ...(await filesUnder(path.join(projectRoot, 'examples'))),
    path.join(projectRoot, 'package-lock.json'),
    __filename,
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(path.relative(projectRoot, file))
      .update('\0')
      .update(await readFile(file));
  }
  return hash.digest('hex');
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0).padStart(6)} KiB`;

export async function buildWeb(options: { force?: boolean } = {}): Promise<void> {
  const started = Date.now();
  const inputs = await inputsHash();
  const built = await readFile(stampFile, 'utf8').catch(() => '');
  if (!options.force && built === inputs) {
    console.log(`web pages in ${path.relative(projectRoot, webOutput)}/ are up to date`);
    return;
  }
  await rm(webOutput, { recursive: true, force: true });
  await mkdir(assetsOutput, { recursive: true });

  // Monaco's workers first, as classic scripts: the playground bundle needs their (hashed) URLs.
  const workerBuild = await build({ ...common, format: 'iife', entryPoints: workers });
  const workerOutputs = [...entryOutputs(workerBuild.metafile)];
  const workerUrls = Object.fromEntries(
    Object.entries(workers).map(([label, entry]) => {
      const found = workerOutputs.find(([point]) => point.endsWith(entry));
      if (!found) throw new Error(`no output for the ${label} worker (${entry})`);
      return [label, `${publicAssets}/${found[1].js}`];
    }),
  );

  // Each page is its own build of ES modules, split: what only some actions need (Monaco's editor
  // features, prettier for "prettify") loads on demand, and the two pages share no chunk.
  const metafiles: Metafile[] = [workerBuild.metafile];
  for (const [name, entry] of Object.entries(pages)) {
    const pageBuild = await build({
      ...common,
      format: 'esm',
      splitting: true,
      entryPoints: { [name]: `web/${entry}` },
      jsx: 'automatic',
      loader: { '.graphql': 'text', '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
      define: { ...common.define, CAREERGRAPH_WORKERS: JSON.stringify(workerUrls) },
      // Only for a subscriptionUrl, which the playground does not pass: never loaded.
      external: ['graphql-ws'],
    });
    const outputs = entryOutputs(pageBuild.metafile).get(`web/${entry}`);
    if (!outputs) throw new Error(`no output for web/${entry}`);
    await writePage(name, outputs);
    metafiles.push(pageBuild.metafile);
  }

  await writeFile(
    path.join(webOutput, 'metafile.json'),
    JSON.stringify({
      inputs: Object.assign({}, ...metafiles.map((metafile) => metafile.inputs)) as Metafile['inputs'],
      outputs: Object.assign({}, ...metafiles.map((metafile) => metafile.outputs)) as Metafile['outputs'],
    }),
  );
  const sizes = [...(await compress(assetsOutput, compressible)), ...(await compress(webOutput, /\.html$/))];
  await writeFile(stampFile, inputs);

  const total = sizes.reduce(
    (sum, size) => ({ ...sum, raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, br: sum.br + size.br }),
    { file: `total (${sizes.length} files)`, raw: 0, gzip: 0, br: 0 },
  );
  const rows = [...sizes.filter((size) => size.raw >= 32 * 1024), total].map(
    (size) => `  ${size.file.padEnd(30)} ${kib(size.raw)} ${kib(size.gzip)} gzip ${kib(size.br)} br`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `web pages built into ${path.relative(projectRoot, webOutput)}/ in ${seconds} s (files of 32 KiB or more):\n` +
      rows.join('\n'),
  );
}

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
