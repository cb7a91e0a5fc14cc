/*
 * `npm run example`: the built examples/client.js (typed documents from examples/generated, plain fetch)
 * against the built server, as a developer runs them side by side.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { builtScript } from '../support/built-script';
import { startServerProcess, type ServerProcess } from '../support/server-process';

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({ NEO4J_URI: undefined });
});
afterAll(async () => {
  await server?.stop();
});

describe('npm run example (examples/client.ts)', () => {
  it('prints real answers for every example operation', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [builtScript('examples/client.js')], {
      env: { ...process.env, CAREERGRAPH_URL: server.url },
    });
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`careergraph at ${server.url}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        '  1. Junior Backend Developer -> Mid-Level Backend Developer -> Software Architect',
        '     2 promotions, about 5 years; steps: promotion (2 years), promotion (3 years)',
        '  learn, in this order: Infrastructure Automation (core), Incident Response (preferred)',
        '  0.2308  Full-Stack Developer (Frontend Development)',
        '  Python: Django, Flask, SQLAlchemy',
        '  IN INR 600,000 - 2,000,000 a year  (source: Backend Developer (IT glossary entry))',
      ]),
    );
  });

  it('says what is wrong when no server answers', async () => {
    const run = promisify(execFile)(process.execPath, [builtScript('examples/client.js')], {
      env: { ...process.env, CAREERGRAPH_URL: 'http://127.0.0.1:9/graphql' },
    });
    await expect(run).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Is the server running?'),
    });
  });
});
