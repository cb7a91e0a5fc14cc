import { datasetHash } from '../../src/dataset/dataset-hash';
import { loadSeed } from '../../src/seed/load-seed';
import { postQuery, send } from '../support/http-reply';
import { codesOf, firstError } from '../support/json';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { describeExportOverHttp } from './export-suite';

describeExportOverHttp('memory', { NEO4J_URI: undefined });

describe('GET /export/<format> is charged from the same bucket as GraphQL', () => {
  const points = 25_000;
  const exportPoints = 10_000;
  let server: ServerProcess;
  let hash: string;
  const exportUrl = (format: string) => new URL(`/export/${format}`, server.url).toString();
  const remaining = (reply: { headers: Headers }) => Number(reply.headers.get('x-ratelimit-remaining'));

  beforeAll(async () => {
    hash = datasetHash(await loadSeed());
    server = await startServerProcess({
      NODE_ENV: 'production',
      RATE_LIMIT_POINTS: String(points),
      RATE_LIMIT_EXPORT_POINTS: String(exportPoints),
    });
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) await server.stop();
  });

  it('takes RATE_LIMIT_EXPORT_POINTS a download and 10 a revalidation; a client without them gets 429, on /graphql too', async () => {
    const first = await send(exportUrl('csv'));
    expect([first.status, remaining(first)]).toEqual([200, points - exportPoints]);
    const second = await send(exportUrl('graphml'));
    expect([second.status, remaining(second)]).toEqual([200, points - 2 * exportPoints]);
    // Checking for a new release is cheap: the ETag is compared with the dataset marker, nothing is read.
    const revalidated = await send(exportUrl('jsonl'), { headers: { 'if-none-match': `"${hash}-jsonl-1"` } });
    expect([revalidated.status, remaining(revalidated)]).toEqual([304, points - 2 * exportPoints - 10]);

    const refused = await send(exportUrl('jsonl'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(firstError(refused.json).extensions).toMatchObject({
      code: 'RATE_LIMITED',
      cost: exportPoints,
      // Counted even when refused, as a refused query is: the bucket is spent.
      remaining: 0,
    });
    expect(firstError(refused.json).message).toMatch(/^Rate limit reached: this download costs 10000 points/);

    // One bucket per client: the downloads spent what GraphQL would have had.
    const query = await postQuery(server.url, '{ role(slug: "software-architect") { name } }');
    expect(query.status).toBe(429);
    expect(codesOf(query.json)).toEqual(['RATE_LIMITED']);
    const spent = await send(exportUrl('jsonld'));
    expect(spent.status).toBe(429);
  });
});
