import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

/** The launcher jar jest's globalSetup builds; found from the project root, so it resolves from dist/ too. */
export const testNeo4jJar = path.join(
  projectRoot,
  'test',
  'neo4j-server',
  'target',
  'careergraph-test-neo4j.jar',
);

export interface Neo4jProcess {
  readonly uri: string;
  stop(): Promise<void>;
}

export interface Neo4jProcessOptions {
  /** Loopback port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** JVM heap limit. Default 512m; the benchmark gives it more. */
  readonly maxHeap?: string;
  /** Quick start with the first JIT tier only (tests); off for benchmarks, which want full speed. */
  readonly quickJit?: boolean;
}

/**
 * A Neo4j of its caller's own (neo4j-harness 5.26, no auth, a new throw-away store each start), for
 * tests that stop and restart the database and for the benchmarks; the shared test Neo4j must stay up
 * for the other suites. Build the jar first: `mvn -q -f test/neo4j-server/pom.xml package -DskipTests`.
 */
export function startNeo4jProcess({
  port = 0,
  maxHeap = '512m',
  quickJit = true,
}: Neo4jProcessOptions = {}): Promise<Neo4jProcess> {
  if (!existsSync(testNeo4jJar)) {
    return Promise.reject(
      new Error(`${testNeo4jJar} is missing: run mvn -q -f test/neo4j-server/pom.xml package -DskipTests`),
    );
  }
  const jvm = [
    '-Xms64m',
    `-Xmx${maxHeap}`,
    '-XX:+UseSerialGC',
    ...(quickJit ? ['-XX:TieredStopAtLevel=1'] : []),
  ];
  const child: ChildProcess = spawn('java', [...jvm, `-Dneo4j.port=${port}`, '-jar', testNeo4jJar], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`test Neo4j did not start in 120 s:\n${output}`));
    }, 120_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
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
