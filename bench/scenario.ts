/**
 * What every scenario module in bench/scenarios/ exports, and what bench/run.ts runs in order:
 *
 *   export async function run(options: ScenarioOptions): Promise<ScenarioResult>
 *
 * `markdown` is the scenario's section of bench/results/latest.md (tables and a few lines of text),
 * without a top-level heading: the runner adds `## ${title}`.
 */
export interface ScenarioOptions {
  /** Small sizes and short durations, so the whole suite finishes in under a minute. */
  readonly quick: boolean;
}

/** One of issue 15's targets as a scenario measured it: the runner lists them all at the top of the report. */
export interface TargetCheck {
  /** What is measured and the bound, e.g. "careerPaths on Neo4j at 10,000 roles: median within 2× of embedded". */
  readonly target: string;
  /** The figure of this run, e.g. "1.4×". */
  readonly figure: string;
  readonly met: boolean;
}

export interface ScenarioResult {
  readonly title: string;
  readonly markdown: string;
  /** The targets this scenario checks, if any (left out of --quick runs, whose sizes are too small to judge). */
  readonly targets?: readonly TargetCheck[];
}

export type Scenario = (options: ScenarioOptions) => Promise<ScenarioResult>;
