import path from 'node:path';
import { TextAnalyzer } from '../src/domain/text-analysis/text-analyzer';
import { loadSeed } from '../src/seed/load-seed';
import { readTextAnalysisData } from '../src/services/text-analysis.service';
import { MemoryStore } from '../src/store/memory/memory-store';
import { withEscoPreview } from './text-eval/esco-preview';
import { evaluate, formatEvaluation, readCorpus } from './text-eval/evaluate';

/**
 * `npm run eval:text`: the labelled corpus (test/fixtures/text-corpus) through text analysis on the
 * seed graph, read through the embedded store as the API reads it. Prints the figures, the misses and
 * the extra mentions. `-- --with-esco=<seed folder>` adds an ESCO layer not yet in the graph
 * (text-eval/esco-preview.ts); `-- --json` prints the figures as JSON instead.
 */
async function main(): Promise<void> {
  const escoFolder = process.argv.find((arg) => arg.startsWith('--with-esco='))?.slice('--with-esco='.length);
  const store = new MemoryStore(await loadSeed());
  let data = await readTextAnalysisData(store);
  if (escoFolder) data = await withEscoPreview(data, path.resolve(escoFolder));
  const evaluation = evaluate(new TextAnalyzer(data), await readCorpus());
  if (process.argv.includes('--json')) {
    const { outcomes: _outcomes, ...figures } = evaluation;
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(
    formatEvaluation(
      evaluation,
      escoFolder ? `seed graph with the ESCO preview of ${escoFolder}` : 'seed graph',
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
