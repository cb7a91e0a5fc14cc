import { execFileSync } from 'node:child_process';
import path from 'node:path';

/*
 * The layers of src/ (main -> server -> api -> services -> store -> seed -> domain) are enforced by
 * eslint.config.mjs. This runs the project's own ESLint configuration on probe modules, placed in each
 * layer, that import upwards and downwards. ESLint loads its configuration as an ES module, which jest's
 * CommonJS runtime cannot import, so the probes are linted in one child process.
 */

const root = path.resolve(__dirname, '../..');
const order = ['main', 'server', 'api', 'services', 'store', 'seed', 'domain'] as const;
/** Modules at src/'s root that sit at main's level. */
const topModules = new Set(['main', 'config']);

interface Probe {
  /** Where the probe pretends to live, relative to the project. */
  readonly file: string;
  /** What it imports. */
  readonly specifier: string;
}

function probe(layer: string, target: string, depth = 1): Probe {
  const up = '../'.repeat(depth);
  return {
    file: `src/${layer}/${'deeper/'.repeat(depth - 1)}layer-probe.ts`,
    specifier: topModules.has(target) ? `${up}${target}` : `${up}${target}/some-module`,
  };
}

const below = order.slice(1);
/** Every import from a layer to one above it, from a file in the layer's folder and one a folder deeper. */
const upward: Probe[] = below.flatMap((layer) =>
  [...order.slice(0, order.indexOf(layer)), 'config'].flatMap((target) => [
    probe(layer, target),
    probe(layer, target, 2),
  ]),
);
/** Every import from a layer to one below it. */
const downward: Probe[] = below.flatMap((layer) =>
  order.slice(order.indexOf(layer) + 1).map((target) => probe(layer, target)),
);
/** Command-line entry points anywhere sit at main's level. */
const entryPoints: Probe[] = [
  { file: 'src/store/neo4j/migrate-probe-cli.ts', specifier: '../../config' },
  { file: 'src/seed/seed-probe-cli.ts', specifier: '../store/neo4j/neo4j-client' },
];

const lintScript = `
const { ESLint } = require('eslint');
const probes = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const verdicts = [];
  for (const { file, specifier } of probes) {
    const code = "import type { Probe } from '" + specifier + "';\\nexport type { Probe };\\n";
    const [result] = await eslint.lintText(code, { filePath: file });
    verdicts.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').length > 0);
  }
  process.stdout.write(JSON.stringify(verdicts));
})().catch((error) => { console.error(error); process.exit(1); });
`;

/** For each probe, whether ESLint refuses its import. */
function refused(probes: readonly Probe[]): Map<Probe, boolean> {
  const output = execFileSync(process.execPath, ['-e', lintScript, JSON.stringify(probes)], {
    cwd: root,
    encoding: 'utf8',
  });
  const verdicts = JSON.parse(output) as boolean[];
  if (verdicts.length !== probes.length)
    throw new Error(`ESLint answered ${verdicts.length} of ${probes.length} probes`);
  return new Map(probes.map((item, index) => [item, verdicts[index] === true]));
}

describe('the layer rule in eslint.config.mjs', () => {
  let verdicts: Map<Probe, boolean>;
  beforeAll(() => {
    verdicts = refused([...upward, ...downward, ...entryPoints]);
  }, 60_000);

  it.each(upward.map((item) => [item.file, item.specifier, item]))(
    'refuses %s importing %s (a layer above)',
    (_file, _specifier, item) => {
      expect(verdicts.get(item)).toBe(true);
    },
  );

  it.each(downward.map((item) => [item.file, item.specifier, item]))(
    'lets %s import %s (a layer below)',
    (_file, _specifier, item) => {
      expect(verdicts.get(item)).toBe(false);
    },
  );

  it.each(entryPoints.map((item) => [item.file, item.specifier, item]))(
    'lets the entry point %s import %s',
    (_file, _specifier, item) => {
      expect(verdicts.get(item)).toBe(false);
    },
  );
});
