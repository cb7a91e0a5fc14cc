import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { TextAnalyzer } from '../../src/domain/text-analysis/text-analyzer';
import { projectRoot } from '../../src/project-root';

/**
 * The text-analysis evaluation: every labelled text of test/fixtures/text-corpus/corpus.yaml through
 * the analyzer, scored against its labels. Mentions are compared as sets of nodes per text (a node named
 * three times counts once), micro-averaged over the corpus; roles by whether the best (top-1) or one of
 * the best three (top-3) is among the text's accepted roles.
 *
 * Labels whose node the graph does not hold (the ESCO layer's, before it lands) are left out and
 * counted, and so are texts none of whose roles the graph holds.
 */

export const corpusFile = path.join(projectRoot, 'test', 'fixtures', 'text-corpus', 'corpus.yaml');

const corpusSchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      kind: z.enum(['job-ad', 'cv']),
      roles: z.array(z.string()),
      skills: z.array(z.string()),
      technologies: z.array(z.string()),
      text: z.string().min(1),
    })
    .strict(),
);
export type CorpusText = z.infer<typeof corpusSchema>[number];

export async function readCorpus(file = corpusFile): Promise<CorpusText[]> {
  const corpus = corpusSchema.parse(parse(await readFile(file, 'utf8')));
  const ids = corpus.map((entry) => entry.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated) throw new Error(`${file}: the id ${repeated} is used twice`);
  return corpus;
}

export interface TextOutcome {
  readonly id: string;
  /** Labelled nodes the analysis found. */
  readonly found: readonly string[];
  /** Labelled nodes it missed. */
  readonly missed: readonly string[];
  /** Nodes it found that the labels do not name, with the explanation of each. */
  readonly extra: readonly { readonly node: string; readonly text: string; readonly explanation: string }[];
  /** Labels left out: the graph has no such node. */
  readonly absent: readonly string[];
  /** Best roles, best first (three). */
  readonly topRoles: readonly string[];
  /** The labelled roles the graph holds; empty when none (the text is left out of role accuracy). */
  readonly roles: readonly string[];
}

export interface Evaluation {
  readonly texts: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Labels left out because the graph lacks their node. */
  readonly absentLabels: number;
  /** Texts scored for roles (some labelled role is in the graph), and how many hit. */
  readonly roleTexts: number;
  readonly top1: number;
  readonly top3: number;
  readonly outcomes: readonly TextOutcome[];
  /** Median and slowest analysis time per text, in ms (after one warm-up pass). */
  readonly medianMs: number;
  readonly maxMs: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function evaluate(analyzer: TextAnalyzer, corpus: readonly CorpusText[]): Evaluation {
  const known = analyzer.vocabulary.nodes;
  const roleSlugs = new Set(analyzer.roleSlugs());
  for (const entry of corpus) analyzer.analyze(entry.text, 3);
  const times: number[] = [];
  const outcomes = corpus.map((entry): TextOutcome => {
    const started = performance.now();
    const analysis = analyzer.analyze(entry.text, 3);
    times.push(performance.now() - started);
    const labels = [
      ...entry.skills.map((slug) => `Skill:${slug}`),
      ...entry.technologies.map((slug) => `Technology:${slug}`),
    ];
    const gold = new Set(labels.filter((key) => known.has(key)));
    const predicted = new Map<string, { text: string; explanation: string }>();
    for (const mention of analysis.mentions)
      if (!predicted.has(mention.node.key))
        predicted.set(mention.node.key, { text: mention.text, explanation: mention.explanation });
    return {
      id: entry.id,
      found: [...gold].filter((key) => predicted.has(key)),
      missed: [...gold].filter((key) => !predicted.has(key)),
      extra: [...predicted]
        .filter(([key]) => !gold.has(key))
        .map(([node, { text, explanation }]) => ({ node, text, explanation })),
      absent: labels.filter((key) => !known.has(key)),
      topRoles: analysis.roles.map((fit) => fit.role.slug),
      roles: entry.roles.filter((slug) => roleSlugs.has(slug)),
    };
  });
  const sum = (count: (outcome: TextOutcome) => number) =>
    outcomes.reduce((total, outcome) => total + count(outcome), 0);
  const truePositives = sum((o) => o.found.length);
  const falsePositives = sum((o) => o.extra.length);
  const falseNegatives = sum((o) => o.missed.length);
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const scored = outcomes.filter((o) => o.roles.length > 0);
  const hits = (within: number) =>
    scored.filter((o) => o.topRoles.slice(0, within).some((slug) => o.roles.includes(slug))).length;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    texts: corpus.length,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    absentLabels: sum((o) => o.absent.length),
    roleTexts: scored.length,
    top1: ratio(hits(1), scored.length),
    top3: ratio(hits(3), scored.length),
    outcomes,
    medianMs: sorted[Math.floor((sorted.length - 1) / 2)] ?? 0,
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}

const figure = (value: number) => value.toFixed(3);

/** The report `npm run eval:text` prints: the table, then every miss and every extra mention. */
export function formatEvaluation(evaluation: Evaluation, title: string): string {
  const e = evaluation;
  const lines = [
    `# Text analysis evaluation: ${title}`,
    '',
    '| measure | value | counts |',
    '| --- | ---: | --- |',
    `| mention precision | ${figure(e.precision)} | ${e.truePositives} of ${e.truePositives + e.falsePositives} found are labelled |`,
    `| mention recall | ${figure(e.recall)} | ${e.truePositives} of ${e.truePositives + e.falseNegatives} labels found |`,
    `| mention F1 | ${figure(e.f1)} | |`,
    `| role top-1 accuracy | ${figure(e.top1)} | ${Math.round(e.top1 * e.roleTexts)} of ${e.roleTexts} texts |`,
    `| role top-3 accuracy | ${figure(e.top3)} | ${Math.round(e.top3 * e.roleTexts)} of ${e.roleTexts} texts |`,
    `| texts | ${e.texts} | ${e.texts - e.roleTexts} without a labelled role in the graph |`,
    `| labels left out | ${e.absentLabels} | their node is not in the graph |`,
    `| analysis time per text | ${e.medianMs.toFixed(2)} ms | median; slowest ${e.maxMs.toFixed(2)} ms |`,
    '',
    '## Misses (labelled, not found)',
    '',
  ];
  const misses = e.outcomes.filter((o) => o.missed.length > 0);
  lines.push(...(misses.length === 0 ? ['none'] : misses.map((o) => `- ${o.id}: ${o.missed.join(', ')}`)));
  lines.push('', '## Extra mentions (found, not labelled)', '');
  const extras = e.outcomes.flatMap((o) =>
    o.extra.map((x) => `- ${o.id}: ${x.node} from “${x.text}” (${x.explanation})`),
  );
  lines.push(...(extras.length === 0 ? ['none'] : extras));
  lines.push('', '## Roles (best three; labelled roles in the graph)', '');
  for (const o of e.outcomes.filter((outcome) => outcome.roles.length > 0)) {
    const mark = o.roles.includes(o.topRoles[0] ?? '')
      ? 'top-1'
      : o.topRoles.some((r) => o.roles.includes(r))
        ? 'top-3'
        : 'MISS';
    lines.push(`- ${o.id} [${mark}]: ${o.topRoles.join(', ') || 'none'} (expected ${o.roles.join(' | ')})`);
  }
  return `${lines.join('\n')}\n`;
}
