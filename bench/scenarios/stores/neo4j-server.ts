import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder above this file holding test/neo4j-server. The same whether
 * this runs from bench/ (ts) or dist/bench/ (built), unlike test/support/neo4j-process.ts, whose jar
 * path is relative to its own folder and so only right when run from the sources.
 */
function repositoryRoot(): string {
  let folder = __dirname;
  while (!existsSync(path.join(folder, 'test', 'neo4j-server', 'pom.xml'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`no test/neo4j-server above ${__dirname}`);
    folder = parent;
  }
  return folder;
}

export const testNeo4jJar = () =>
  path.join(repositoryRoot(), 'test', 'neo4j-server', 'target', 'careergraph-test-neo4j.jar');

export interface BenchNeo4j {
  readonly uri: string;
  stop(): Promise<void>;
}

/**
 * The test Neo4j (neo4j-harness 5.26, no auth, a throw-away store) on a free loopback port, started the
 * way test/support/neo4j-process.ts starts it, but with more heap for a benchmark. Build the jar first:
 * `mvn -q -f test/neo4j-server/pom.xml package -DskipTests`.
 */
export function startBenchNeo4j(): Promise<BenchNeo4j> {
  const jar = testNeo4jJar();
  if (!existsSync(jar))
    throw new Error(`${jar} is missing: run mvn -q -f test/neo4j-server/pom.xml package -DskipTests`);
  const child = spawn('java', ['-Xms256m', '-Xmx1g', '-XX:+UseSerialGC', '-Dneo4j.port=0', '-jar', jar], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`test Neo4j did not start in 120 s:\n${output}`));
    }, 120_000);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /NEO4J_URI=(bolt:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          uri: match[1] as string,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`test Neo4j exited before it was ready:\n${output}`));
    });
  });
}
