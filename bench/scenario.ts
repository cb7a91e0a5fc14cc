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

export interface ScenarioResult {
  readonly title: string;
  readonly markdown: string;
}

export type Scenario = (options: ScenarioOptions) => Promise<ScenarioResult>;
