import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { builtScript } from '../support/built-script';

const run = promisify(execFile);

/** The tools docs/analysis.md's commands use; .ci/run installs them (Debian packages). */
const tools = ['bash', 'curl', 'unzip', 'jq', 'python3'];
const missing = tools.filter((tool) => {
  try {
    execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return false;
  } catch {
    return true;
  }
});
const required = process.env.CAREERGRAPH_REQUIRE_ANALYSIS_TOOLS === 'true';
if (missing.length > 0 && !required)
  console.warn(`docs/analysis.md walk-through skipped: ${missing.join(', ')} not installed`);
const describeWithTools = missing.length === 0 || required ? describe : describe.skip;

describeWithTools('docs/analysis.md', () => {
  it('shows what its commands print today, run against the built server (npm run analysis:walkthrough -- --check)', async () => {
    expect(missing).toEqual([]);
    const { stdout } = await run(process.execPath, [
      builtScript('scripts/analysis-walkthrough.js'),
      '--check',
    ]).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`${error.stdout}${error.stderr}`);
    });
    expect(stdout).toMatch(/all \d+ steps print what the doc shows/);
  }, 120_000);
});
