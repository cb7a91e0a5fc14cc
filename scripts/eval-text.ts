import { TextAnalyzer } from '../src/domain/text-analysis/text-analyzer';
import { loadSeed } from '../src/seed/load-seed';
import { readTextAnalysisData } from '../src/services/text-analysis.service';
import { MemoryStore } from '../src/store/memory/memory-store';
import { evaluate, formatEvaluation, readCorpus } from './text-eval/evaluate';

/**
 * `npm run eval:text`: the labelled corpus (test/fixtures/text-corpus) through text analysis on the
 * seed graph, read through the embedded store as the API reads it. Prints the figures, the misses and
 * the extra mentions; the seed graph includes the ESCO layer. `-- --json` prints the figures as JSON instead.
 */
async function main(): Promise<void> {
  const store = new MemoryStore(await loadSeed());
  const data = await readTextAnalysisData(store);
  const evaluation = evaluate(new TextAnalyzer(data), await readCorpus());
  if (process.argv.includes('--json')) {
    const { outcomes: _outcomes, ...figures } = evaluation;
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(formatEvaluation(evaluation, 'seed graph (guides and ESCO)'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
