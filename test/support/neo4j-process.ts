import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const jar = path.resolve(__dirname, '../neo4j-server/target/careergraph-test-neo4j.jar');

export interface Neo4jProcess {
  readonly uri: string;
  stop(): Promise<void>;
}

/**
 * A Neo4j of a test's own (the jar jest's globalSetup built), on a chosen port, for tests that stop and
 * restart the database; the shared test Neo4j must stay up for the other suites. Its store is new each start.
 */
export function startNeo4jProcess(port = 0): Promise<Neo4jProcess> {
  const child: ChildProcess = spawn(
    'java',
    [
      '-Xms64m',
      '-Xmx512m',
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      `-Dneo4j.port=${port}`,
      '-jar',
      jar,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`test Neo4j did not start in 120 s:\n${output}`)),
      120_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /NEO4J_URI=(bolt:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          uri: match[1] as string,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`test Neo4j exited before it was ready:\n${output}`)));
  });
}
