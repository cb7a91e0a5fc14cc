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
        '  1. Junior Backend Developer -> Mid-Level Backend Developer -> Senior Backend Developer -> Software Architect',
        '     3 promotions; at least 5 years: Senior Backend Developer asks for 5+ years of experience; no source states how long the moves take; 1 step is a reading of the sources, not stated moves',
        '     steps: promotion [career-guide:43 backend-article:24 glossary:148], promotion [career-guide:45 backend-article:24], promotion (via Backend Developer) [engine-room-guide:105 backend-article:27]',
        '  learn, in this order: Infrastructure Automation (core)',
        '  0.1739  Full-Stack Developer (Frontend Development)',
        '  Python: Django, Flask',
        '  learn, in this order: Data Protection, Database Administration, Database Performance Tuning, Disaster Recovery, Query Optimization',
        // One typo in nine letters: 0.5 + 0.35 × (9 - 1)/10 (domain/search-scoring.ts).
        '  0.78  FUZZY    Tool Kubernetes',
        '  Senior Backend Developer -> Engineering Manager -> Director of Engineering -> VP of Engineering (2 promotions and 1 move to management; no source states how long the moves take, and no role on the way asks for more experience than the first; 3 steps are readings of the sources, not stated moves)',
        expect.stringMatching(
          /^ {10}Shares 1 required skill and 1 technology: \d+ of the \d+ weighted points/,
        ),
        '  IN INR 600,000 - 2,000,000 a year  (source: Backend Developer (IT glossary entry))',
        '  US USD 80,000 - 140,000 a year, for 1-3 years  (source: Backend Developer job description)',
        'ESCO occupation http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e: software architect',
        expect.stringMatching(/^ {2}0\.\d{4} {2}ESCO ethical hacker \(identify ICT security risks\)$/),
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
