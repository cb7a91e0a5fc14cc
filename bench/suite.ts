import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../src/project-root';
import type { Scenario, ScenarioResult, TargetCheck } from './scenario';
import { run as neo4jPaths } from './scenarios/neo4j-paths';
import { run as batching } from './scenarios/batching';
import { run as careerPaths } from './scenarios/career-paths';
import { run as exportScenario } from './scenarios/export';
import { run as profile } from './scenarios/profile';
import { run as restart } from './scenarios/restart';
import { run as scale } from './scenarios/scale';
import { run as search } from './scenarios/search';
import { run as startup } from './scenarios/startup';
import { run as stores } from './scenarios/stores';
import { killServerChildren } from './scenarios/support';
import { run as textAnalysis } from './scenarios/text-analysis';
import { run as throughput } from './scenarios/throughput';

/**
 * `npm run bench [-- --quick]` (bench/run.ts): every scenario in bench/scenarios/, in order. Each returns a
 * title and a markdown section; the suite prints them and writes them to bench/results/latest.md (full run)
 * or latest.quick.md (quick run), with a summary of how long each took. A scenario that fails is reported
 * as failed (with its error) and the others still run; the process then exits 1.
 *
 * Nothing here is a test: no figure fails the run. `--quick` uses small sizes and short durations so the
 * whole suite takes under a minute (test/bench/bench-quick.test.ts runs it); the full run under ten.
 */
/** `inQuick: false` leaves a scenario out of --quick: stores starts and seeds a Neo4j of its own (~60 s). */
const scenarios: readonly { readonly name: string; readonly run: Scenario; readonly inQuick: boolean }[] = [
  { name: 'career-paths', run: careerPaths, inQuick: true },
  { name: 'scale', run: scale, inQuick: true },
  { name: 'search', run: search, inQuick: true },
  { name: 'neo4j-paths', run: neo4jPaths, inQuick: false },
  { name: 'stores', run: stores, inQuick: false },
  { name: 'batching', run: batching, inQuick: true },
  { name: 'throughput', run: throughput, inQuick: true },
  { name: 'startup', run: startup, inQuick: true },
  // Builds the whole project once in a copy (about 20 s): too slow for --quick.
  { name: 'restart', run: restart, inQuick: false },
  { name: 'profile', run: profile, inQuick: true },
  { name: 'text-analysis', run: textAnalysis, inQuick: true },
  { name: 'export', run: exportScenario, inQuick: true },
];

/** How long the suite may run before bench/run.ts's watchdog stops it. */
export const suiteWatchdogMs = (quick: boolean): number => (quick ? 5 : 25) * 60_000;

/** Runs the scenarios (`only`: those named), prints the report and writes it to bench/results/. */
export async function runSuite({
  quick,
  only,
}: {
  readonly quick: boolean;
  readonly only: readonly string[] | undefined;
}): Promise<void> {
  const started = performance.now();
  const sections: { name: string; result: ScenarioResult; seconds: number; failed: boolean }[] = [];
  for (const scenario of scenarios) {
    if (only && !only.includes(scenario.name)) continue;
    if (quick && !scenario.inQuick && !only) {
      const note = `Left out of --quick; run \`npm run bench -- --only=${scenario.name}\`.`;
      sections.push({
        name: scenario.name,
        result: { title: scenario.name, markdown: note },
        seconds: 0,
        failed: false,
      });
      continue;
    }
    const scenarioStarted = performance.now();
    console.error(`bench: ${scenario.name} ...`);
    let result: ScenarioResult;
    let failed = false;
    try {
      result = await scenario.run({ quick });
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result = { title: scenario.name, markdown: `FAILED:\n\n\`\`\`\n${message}\n\`\`\`` };
      console.error(`bench: ${scenario.name} failed:`, error);
    } finally {
      killServerChildren();
    }
    const seconds = (performance.now() - scenarioStarted) / 1000;
    console.error(`bench: ${scenario.name} done in ${seconds.toFixed(1)} s`);
    sections.push({ name: scenario.name, result, seconds, failed });
  }
  const wallSeconds = (performance.now() - started) / 1000;

  const cpus = os.cpus();
  const markdown = [
    `# careergraph benchmarks (${quick ? 'quick' : 'full'} run)`,
    '',
    `Machine: ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB,`,
    `Node ${process.version}, ${os.platform()} ${os.arch()}. Run took ${wallSeconds.toFixed(1)} s.`,
    'Machines are noisy: read the ratios in each section rather than absolute figures.',
    '',
    '| scenario | section | seconds | status |',
    '| --- | --- | --- | --- |',
    ...sections.map(
      (section) =>
        `| ${section.name} | ${section.result.title} | ${section.seconds.toFixed(1)} | ${section.failed ? 'FAILED' : 'ok'} |`,
    ),
    '',
    ...targetSummary(sections.flatMap((section) => section.result.targets ?? [])),
    // A section that brings its own heading keeps it; otherwise its title becomes one.
    ...sections.flatMap((section) => {
      const body = section.result.markdown.trim();
      return /^#{1,3} /.test(body) ? [body, ''] : [`## ${section.result.title}`, '', body, ''];
    }),
  ].join('\n');

  console.log(markdown);
  // A partial run (--only) must not replace the full report the README quotes.
  const name = only
    ? `only-${only.join('-')}${quick ? '.quick' : ''}.md`
    : quick
      ? 'latest.quick.md'
      : 'latest.md';
  const target = path.join(projectRoot, 'bench', 'results', name);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, markdown);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
  if (sections.some((section) => section.failed)) process.exitCode = 1;
}

/** Every target the scenarios checked, met or not, as one table (nothing when none was checked). */
function targetSummary(targets: readonly TargetCheck[]): string[] {
  if (targets.length === 0) return [];
  const met = targets.filter((target) => target.met).length;
  return [
    `## Targets (issue 15): ${met} of ${targets.length} met in this run`,
    '',
    '| target | this run | status |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${t.figure} | ${t.met ? 'met' : 'NOT MET'} |`),
    '',
  ];
}
