/*
 * What `npm ci` will install, read from package-lock.json: a clean install on every Node version README
 * names. `.ci/run` also fails when `npm ci` itself prints a warning; these tests say which package is at
 * fault before anyone installs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { projectRoot } from '../../src/project-root';

interface LockedPackage {
  readonly version?: string;
  readonly engines?: { node?: string };
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  readonly hasInstallScript?: boolean;
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8')) as unknown;
const manifest = readJson('package.json') as {
  engines: { node: string };
  overrides?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = readJson('package-lock.json') as { packages: Record<string, LockedPackage> };

/**
 * README's "Tested on Node 20": the lowest release the project's engines allow (20.19, the first to load
 * ES modules with require, which the code generator's dependencies need) and the one running now.
 */
const testedNode = ['20.19.0', process.versions.node];

/** Every installed package, by its folder in node_modules, with its name. */
const installed = Object.entries(lock.packages)
  .filter(([folder]) => folder !== '')
  .map(([folder, info]) => ({ folder, name: folder.replace(/^.*node_modules\//, ''), info }));

/** Where npm resolves `name` from `folder`: the nearest node_modules up the tree, as Node does. */
function resolveFrom(folder: string, name: string): LockedPackage | undefined {
  for (let base = folder; ; base = base.replace(/\/?node_modules\/(@[^/]+\/)?[^/]+$/, '')) {
    const found = lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`];
    if (found || base === '') return found;
  }
}

describe('package-lock.json installs cleanly', () => {
  it.each(testedNode)('every package declares an engine range that includes Node %s', (node) => {
    const refusing = installed
      .filter(({ info }) => info.engines?.node && !semver.satisfies(node, info.engines.node))
      .map(({ name, info }) => `${name}@${info.version} wants node ${info.engines?.node}`);
    expect(refusing).toEqual([]);
  });

  it("starts the project's own engines range at the lowest tested Node", () => {
    expect(semver.minVersion(manifest.engines.node)?.version).toBe(testedNode[0]);
  });

  it('satisfies every peer dependency (npm would override it with a warning otherwise)', () => {
    const unmet = installed.flatMap(({ folder, name, info }) =>
      Object.entries(info.peerDependencies ?? {})
        .filter(([peer]) => !info.peerDependenciesMeta?.[peer]?.optional || resolveFrom(folder, peer))
        .filter(([peer, range]) => {
          const version = resolveFrom(folder, peer)?.version;
          return !version || !semver.satisfies(version, range, { includePrerelease: true });
        })
        .map(([peer, range]) => `${name} wants ${peer}@${range}, gets ${resolveFrom(folder, peer)?.version}`),
    );
    expect(unmet).toEqual([]);
  });

  it('gives every dependency a version its dependent asks for (overrides only pin, never break a range)', () => {
    const broken = installed.flatMap(({ folder, name, info }) =>
      Object.entries({ ...info.dependencies, ...info.optionalDependencies })
        .filter(([dependency]) => resolveFrom(folder, dependency))
        .filter(([dependency, range]) => {
          const version = resolveFrom(folder, dependency)?.version ?? '';
          return semver.validRange(range) !== null && !semver.satisfies(version, range);
        })
        .map(([dependency, range]) => `${name} wants ${dependency}@${range}`),
    );
    expect(broken).toEqual([]);
  });

  it('decides on every install script in allowScripts (approved or denied), so npm asks nothing', () => {
    const withScripts = [
      ...new Set(installed.filter(({ info }) => info.hasInstallScript).map(({ name }) => name)),
    ];
    expect(withScripts.filter((name) => manifest.allowScripts?.[name] === undefined)).toEqual([]);
  });
});
