import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { loadSeed } from '../seed/load-seed';
import { createStore } from '../store/create-store';
import { loadConfig } from '../config';
import { exportFiles, exportFormats, isExportFormat } from './export/export-dataset';
import { readSnapshot } from './snapshot';

const usage = `usage: npm run export -- --format <${exportFormats.join('|')}> --out <folder>
  Exports the seed (SEED_DIR, else seed/), or the Neo4j database when NEO4J_URI is set.`;

/** The value after `--name` (or in `--name=value`). */
function option(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = args[index] as string;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

/** `npm run export -- --format csv --out exports/`: the whole dataset, with evidence, as files. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const format = option(args, 'format');
  const out = option(args, 'out');
  if (!format || !isExportFormat(format) || !out) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const config = loadConfig(process.env);
  let graph;
  if (config.neo4j) {
    const store = await createStore(config);
    try {
      graph = await readSnapshot(store);
    } finally {
      await store.close();
    }
  } else {
    graph = await loadSeed(config.seedDirectory);
  }
  await mkdir(out, { recursive: true });
  for (const file of exportFiles(format, graph)) {
    const stream = createWriteStream(path.join(out, file.name));
    for (const chunk of file.chunks()) if (!stream.write(chunk)) await once(stream, 'drain');
    stream.end();
    await once(stream, 'finish');
    console.log(`wrote ${path.join(out, file.name)}`);
  }
  console.log(
    `exported release ${graph.release.version} as ${format} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
