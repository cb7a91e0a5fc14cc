import { spawn, spawnSync } from 'node:child_process';

export interface RedisProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** Whether Debian's redis-server is installed (.ci/run installs it). */
export function redisAvailable(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/** A throw-away Redis on a loopback port, keeping nothing on disk, for one test file. */
export function startRedis(port: number): Promise<RedisProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve({
          url: `redis://127.0.0.1:${port}`,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`redis-server exited:\n${output}`)));
  });
}
