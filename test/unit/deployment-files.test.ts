/*
 * The deployment files (Dockerfile, .dockerignore, docker-compose.yml, .github/workflows/ci.yml), checked by
 * parsing them: no Docker engine is needed. These are the promises README.md makes about `docker compose up`
 * and CI, and the mistakes that would only show in a real build (a COPY of a missing or ignored path, a
 * command naming a file the build does not produce).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../src/project-root';

type Mapping = Record<string, unknown>;

function readText(file: string): string {
  return readFileSync(path.join(projectRoot, file), 'utf8');
}

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The mapping at `key` of `parent`; fails the test, naming `where`, when it is not one. */
function mapping(parent: unknown, key: string, where: string): Mapping {
  const value = isMapping(parent) ? parent[key] : undefined;
  if (!isMapping(value)) throw new Error(`${where}.${key} is not a mapping`);
  return value;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A command or healthcheck test, whether written as a string or a list, as one string. */
function commandText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(' ') : String(value ?? '');
}

/** `environment:` (compose) or `env:` (workflow), whether a mapping or a list of KEY=VALUE. */
function environmentOf(value: unknown): Record<string, string> {
  if (Array.isArray(value)) {
    return Object.fromEntries(
      value.map((entry) => {
        const [key = '', ...rest] = String(entry).split('=');
        return [key, rest.join('=')];
      }),
    );
  }
  return Object.fromEntries(Object.entries(isMapping(value) ? value : {}).map(([k, v]) => [k, String(v)]));
}

/** Published port -> container port, from short ("[ip:]published:target[/proto]") or long syntax. */
function portsOf(value: unknown): Map<string, string> {
  const ports = new Map<string, string>();
  for (const entry of list(value)) {
    if (isMapping(entry)) {
      ports.set(String(entry.published ?? entry.target), String(entry.target));
    } else {
      const parts = String(entry)
        .replace(/\/\w+$/, '')
        .split(':');
      const target = parts[parts.length - 1] ?? '';
      ports.set(parts.length > 1 ? (parts[parts.length - 2] ?? '') : target, target);
    }
  }
  return ports;
}

/** `neo4j/<password>` -> `<password>`. */
function passwordOfAuth(auth: string | undefined): string {
  const match = /^neo4j\/(.+)$/.exec(auth ?? '');
  if (!match?.[1]) throw new Error(`NEO4J_AUTH is not neo4j/<password>: ${auth}`);
  return match[1];
}

/** Built files a command runs (dist/<path>.js), mapped back to the TypeScript source tsc compiles them from. */
function sourcesOfBuiltFiles(command: string): string[] {
  return [...command.matchAll(/\bdist\/([\w./-]+)\.js\b/g)].map((match) => `${match[1]}.ts`);
}

// ---------------------------------------------------------------- Dockerfile

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

interface Stage {
  readonly base: string;
  readonly name: string | undefined;
  readonly instructions: Instruction[];
}

/** Splits a Dockerfile into stages of instructions: comments dropped, `\` continuations joined. */
function parseDockerfile(source: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
    } else {
      logical.push(pending + line);
      pending = '';
    }
  }
  if (pending.trim()) logical.push(pending);

  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\w+)\s+(.*)$/s.exec(line);
    if (!match) continue;
    const keyword = (match[1] ?? '').toUpperCase();
    const args = (match[2] ?? '').trim();
    if (keyword === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ base: from?.[1] ?? args, name: from?.[2], instructions: [] });
    } else {
      const stage = stages[stages.length - 1];
      if (!stage) throw new Error(`Dockerfile: ${keyword} before any FROM`);
      stage.instructions.push({ keyword, args });
    }
  }
  return stages;
}

interface Copy {
  readonly from: string | undefined;
  readonly sources: string[];
  readonly destination: string;
}

/** `COPY [--flag=value ...] src... dest`, in shell or JSON form. */
function parseCopy(args: string): Copy {
  let rest = args;
  let from: string | undefined;
  for (let flag = /^--(\w+)(?:=(\S+))?\s+/.exec(rest); flag; flag = /^--(\w+)(?:=(\S+))?\s+/.exec(rest)) {
    if (flag[1] === 'from') from = flag[2];
    rest = rest.slice(flag[0].length);
  }
  const paths = rest.startsWith('[') ? (JSON.parse(rest) as string[]) : rest.split(/\s+/);
  const destination = paths[paths.length - 1] ?? '';
  return { from, sources: paths.slice(0, -1), destination };
}

function copiesOf(stage: Stage): Copy[] {
  return stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => parseCopy(i.args));
}

function instructionsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
}

/** Glob (`*`, `?`) to a regular expression over one path, `*` not crossing `/`. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/\/+$/, '')
    .replace(/^\/+/, '')
    .split('')
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}

/** Whether a COPY source (a path or a glob in one folder) names something in the repository. */
function existsInRepository(source: string): boolean {
  const clean = source.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
  if (!/[*?[]/.test(clean)) return existsSync(path.join(projectRoot, clean));
  const folder = path.posix.dirname(clean);
  const pattern = globToRegExp(path.posix.basename(clean));
  const directory = path.join(projectRoot, folder);
  return existsSync(directory) && readdirSync(directory).some((name) => pattern.test(name));
}

/** .dockerignore patterns (no negations are used here) that exclude `source` or a folder holding it. */
function ignoredBy(patterns: string[], source: string): string[] {
  const clean = source.replace(/^\.\//, '').replace(/\/+$/, '');
  const candidates = clean.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'));
  return patterns.filter((pattern) => {
    const regex = globToRegExp(pattern.replace(/^\*\*\//, ''));
    return candidates.some(
      (candidate) =>
        regex.test(candidate) || (pattern.startsWith('**/') && regex.test(path.posix.basename(candidate))),
    );
  });
}

describe('Dockerfile', () => {
  const stages = parseDockerfile(readText('Dockerfile'));
  const build = stages.find((stage) => stage.name === 'build');
  const runtime = stages[stages.length - 1];
  if (!build || !runtime) throw new Error('Dockerfile: no stage named build, or no stage at all');

  it('has a build stage and a separate runtime stage, both on node:20-bookworm-slim', () => {
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    for (const stage of stages) expect(stage.base).toBe('node:20-bookworm-slim');
  });

  it('compiles with npm ci and npm run build in the build stage, after copying every folder tsc compiles', () => {
    const runs = instructionsOf(build, 'RUN');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    const buildConfig = JSON.parse(readText('tsconfig.build.json')) as { include: string[]; extends: string };
    const copied = copiesOf(build).flatMap((copy) => copy.sources.map((s) => s.replace(/^\.\//, '')));
    for (const folder of buildConfig.include) expect(copied).toContain(folder);
    expect(copied).toContain(path.posix.basename(buildConfig.extends));
    expect(copied).toContain('tsconfig.build.json');
    expect(copied).toContain('package-lock.json');
  });

  it('installs only production dependencies in the runtime stage, from the lock file', () => {
    const instructions = runtime.instructions;
    const install = instructions.findIndex(
      (i) => i.keyword === 'RUN' && /\bnpm ci --omit=dev\b/.test(i.args),
    );
    const lockCopy = instructions.findIndex(
      (i) =>
        i.keyword === 'COPY' &&
        parseCopy(i.args).sources.some((s) => /^(\.\/)?package(-lock|\*)\.json$/.test(s)),
    );
    expect(install).toBeGreaterThan(-1);
    expect(lockCopy).toBeGreaterThan(-1);
    expect(lockCopy).toBeLessThan(install);
    expect(instructionsOf(runtime, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/);
  });

  it('copies into the runtime image everything the server reads: package.json, seed/ and the built dist/', () => {
    const copies = copiesOf(runtime);
    const fromContext = copies.filter((copy) => copy.from === undefined).flatMap((copy) => copy.sources);
    expect(fromContext.some((source) => /^(\.\/)?package(\.json|\*\.json)$/.test(source))).toBe(true);
    expect(fromContext.map((source) => source.replace(/^\.\//, '').replace(/\/$/, ''))).toContain('seed');
    const dist = copies.find((copy) => copy.from === 'build');
    expect(dist?.sources).toEqual(['/app/dist']);
    // package.json, seed/ and dist/ must sit side by side: the app finds seed/ next to package.json.
    expect(instructionsOf(runtime, 'WORKDIR')).toEqual(['/app']);
    expect(instructionsOf(build, 'WORKDIR')).toEqual(['/app']);
  });

  it('copies patches/ before each npm ci, so its postinstall (patch-package) applies them', () => {
    for (const stage of [build, runtime]) {
      const install = stage.instructions.findIndex((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args));
      const patches = stage.instructions.findIndex(
        (i) =>
          i.keyword === 'COPY' &&
          parseCopy(i.args).sources.some((s) => s.replace(/^\.\//, '').replace(/\/$/, '') === 'patches'),
      );
      expect(patches).toBeGreaterThan(-1);
      expect(patches).toBeLessThan(install);
    }
    expect(JSON.parse(readText('package.json')).scripts.postinstall).toMatch(/^patch-package\b/);
  });

  it('names only COPY sources that exist in the repository and are not excluded by .dockerignore', () => {
    const patterns = readText('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(patterns.filter((pattern) => pattern.startsWith('!'))).toEqual([]);
    const stageNames = stages.map((stage) => stage.name);
    const problems: string[] = [];
    for (const stage of stages) {
      for (const copy of copiesOf(stage)) {
        if (copy.from !== undefined) {
          if (!stageNames.includes(copy.from)) problems.push(`COPY --from=${copy.from}: no such stage`);
          continue;
        }
        for (const source of copy.sources) {
          if (!existsInRepository(source)) problems.push(`COPY ${source}: missing from the repository`);
          const ignored = ignoredBy(patterns, source);
          if (ignored.length > 0)
            problems.push(`COPY ${source}: excluded by .dockerignore ${ignored.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps build output, installed packages and the test Neo4j jars out of the build context', () => {
    const patterns = readText('.dockerignore').split('\n');
    for (const pattern of [
      'node_modules',
      'dist',
      '.git',
      'test/neo4j-server/target',
      'test-output',
      'coverage',
    ]) {
      expect(patterns).toContain(pattern);
    }
  });

  it('runs as the non-root node user, exposes 4000 and serves with node dist/src/boot.js', () => {
    expect(instructionsOf(runtime, 'USER')).toEqual(['node']);
    expect(instructionsOf(runtime, 'EXPOSE')).toEqual(['4000']);
    const cmd = instructionsOf(runtime, 'CMD');
    expect(cmd).toHaveLength(1);
    expect(JSON.parse(cmd[0] ?? '')).toEqual(['node', 'dist/src/boot.js']);
  });

  it('checks health on /healthz with node itself (the slim image has no curl or wget)', () => {
    const healthchecks = instructionsOf(runtime, 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    const check = healthchecks[0] ?? '';
    expect(check).toMatch(/\bCMD \["node", "-e", /);
    expect(check).toContain('/healthz');
    expect(check).not.toMatch(/\b(curl|wget)\b/);
  });

  it('runs only built files that tsc compiles from a source in the repository', () => {
    const tsconfig = JSON.parse(readText('tsconfig.json')) as {
      compilerOptions: { outDir: string; rootDir: string };
    };
    expect(tsconfig.compilerOptions).toMatchObject({ outDir: 'dist', rootDir: '.' });
    const commands = [...instructionsOf(runtime, 'CMD'), ...instructionsOf(runtime, 'RUN')].join(' ');
    const sources = sourcesOfBuiltFiles(commands);
    expect(sources).toContain('src/boot.ts');
    for (const source of sources)
      expect([source, existsSync(path.join(projectRoot, source))]).toEqual([source, true]);
  });
});

// ---------------------------------------------------------------- docker-compose.yml

describe('docker-compose.yml', () => {
  const compose = parse(readText('docker-compose.yml')) as unknown;
  const services = mapping(compose, 'services', 'compose');
  const neo4j = mapping(services, 'neo4j', 'services');
  const api = mapping(services, 'api', 'services');
  const neo4jEnvironment = environmentOf(neo4j.environment);
  const apiEnvironment = environmentOf(api.environment);

  it('runs the community image neo4j:5.26 with Bolt on 7687 and the browser on 7474', () => {
    expect(neo4j.image).toBe('neo4j:5.26');
    const ports = portsOf(neo4j.ports);
    expect(ports.get('7687')).toBe('7687');
    expect(ports.get('7474')).toBe('7474');
  });

  it('keeps the Neo4j data in a named volume declared at the top level', () => {
    const dataVolume = list(neo4j.volumes)
      .map(String)
      .find((volume) => volume.endsWith(':/data'));
    expect(dataVolume).toBeDefined();
    const name = (dataVolume ?? '').split(':')[0] ?? '';
    expect(name).toMatch(/^[\w-]+$/); // a named volume, not a bind-mounted path
    expect(Object.keys(mapping(compose, 'volumes', 'compose'))).toContain(name);
  });

  it('takes the Neo4j password from NEO4J_PASSWORD, with a default Neo4j accepts (8 characters or more)', () => {
    const password = passwordOfAuth(neo4jEnvironment.NEO4J_AUTH);
    const variable = /^\$\{NEO4J_PASSWORD:-([^}]+)\}$/.exec(password);
    expect(variable).not.toBeNull();
    expect((variable?.[1] ?? '').length).toBeGreaterThanOrEqual(8);
  });

  it('reports Neo4j healthy only once a Cypher query answers with that password', () => {
    const healthcheck = mapping(neo4j, 'healthcheck', 'services.neo4j');
    const test = commandText(healthcheck.test);
    expect(test).toMatch(/^CMD(-SHELL)? /);
    expect(test).toContain('cypher-shell');
    expect(test).toContain('RETURN 1');
    expect(test).toContain(passwordOfAuth(neo4jEnvironment.NEO4J_AUTH));
  });

  it('builds the api from the Dockerfile (runtime stage) and publishes port 4000', () => {
    const build = mapping(api, 'build', 'services.api');
    expect(build.context).toBe('.');
    expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    if (build.target !== undefined) {
      expect(parseDockerfile(readText('Dockerfile')).map((stage) => stage.name)).toContain(build.target);
    }
    expect(portsOf(api.ports).get('4000')).toBe('4000');
    expect(apiEnvironment.PORT).toBe('4000');
  });

  it('starts the api only once Neo4j is healthy', () => {
    const dependsOn = mapping(api, 'depends_on', 'services.api');
    expect(mapping(dependsOn, 'neo4j', 'depends_on')).toMatchObject({ condition: 'service_healthy' });
  });

  it('points the api at the neo4j service over Bolt with the password Neo4j is started with', () => {
    expect(apiEnvironment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_DATABASE: 'neo4j',
    });
    expect(apiEnvironment.NEO4J_PASSWORD).toBe(passwordOfAuth(neo4jEnvironment.NEO4J_AUTH));
  });

  it('seeds Neo4j (--target neo4j) before serving, and serves only when seeding succeeded', () => {
    const command = commandText(api.command);
    const seed = command.indexOf('node dist/src/seed/seed-cli.js --target neo4j');
    const serve = command.indexOf('node dist/src/boot.js');
    expect(seed).toBeGreaterThan(-1);
    expect(serve).toBeGreaterThan(seed);
    expect(command.slice(seed, serve)).toMatch(/&&/);
    for (const source of sourcesOfBuiltFiles(command)) {
      expect([source, existsSync(path.join(projectRoot, source))]).toEqual([source, true]);
    }
  });

  it('checks the api health on /readyz (Neo4j reachable), with node rather than curl', () => {
    const healthcheck = mapping(api, 'healthcheck', 'services.api');
    const test = commandText(healthcheck.test);
    expect(test).toMatch(/^CMD node -e /);
    expect(test).toContain('http://127.0.0.1:4000/readyz');
  });
});

// ---------------------------------------------------------------- CI workflow

describe('.github/workflows/ci.yml', () => {
  const workflow = parse(readText('.github/workflows/ci.yml')) as unknown;
  const job = mapping(mapping(workflow, 'jobs', 'workflow'), 'test', 'jobs');
  const service = mapping(mapping(job, 'services', 'jobs.test'), 'neo4j', 'services');
  const steps = list(job.steps).filter(isMapping);

  it('runs on every push and pull request, on ubuntu-latest', () => {
    const on = mapping(workflow, 'on', 'workflow');
    expect(Object.keys(on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(job['runs-on']).toBe('ubuntu-latest');
  });

  it('checks out and sets up Node 20 with the npm cache', () => {
    const uses = steps.map((step) => step.uses);
    expect(uses).toContain('actions/checkout@v4');
    const setupNode = steps.find((step) => step.uses === 'actions/setup-node@v4');
    expect(setupNode).toBeDefined();
    const options = mapping(setupNode, 'with', 'setup-node');
    expect(String(options['node-version'])).toBe('20');
    expect(options.cache).toBe('npm');
  });

  it('starts a neo4j:5.26 service on 7687 with a health check', () => {
    expect(service.image).toBe('neo4j:5.26');
    expect(portsOf(service.ports).get('7687')).toBe('7687');
    const options = String(service.options);
    expect(options).toMatch(/--health-cmd "cypher-shell -u neo4j -p \S+ 'RETURN 1'"/);
    expect(options).toContain(passwordOfAuth(environmentOf(service.env).NEO4J_AUTH));
  });

  it('runs npm ci, then npm test against that service, requiring Neo4j', () => {
    const runs = steps.map((step) => String(step.run ?? ''));
    const install = runs.indexOf('npm ci');
    const test = runs.indexOf('npm test');
    expect(install).toBeGreaterThan(-1);
    expect(test).toBeGreaterThan(install);
    const environment = environmentOf(steps[test]?.env);
    expect(environment).toMatchObject({
      NEO4J_URI: 'bolt://localhost:7687',
      NEO4J_USER: 'neo4j',
      CAREERGRAPH_REQUIRE_NEO4J: 'true',
    });
    expect(environment.NEO4J_PASSWORD).toBe(passwordOfAuth(environmentOf(service.env).NEO4J_AUTH));
  });
});
