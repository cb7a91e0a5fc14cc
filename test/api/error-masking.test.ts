import { loadSeed } from '../../src/seed/load-seed';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';

/** The real store with one method failing as a broken database would: fault injection, not a stand-in. */
async function storeWithBrokenIndustries(): Promise<GraphStore> {
  const store = new MemoryStore(await loadSeed());
  store.listIndustries = async () => {
    throw new Error('connection to db-7.internal:7687 lost');
  };
  return store;
}

describe('unexpected errors', () => {
  it('are masked in production: a fixed message, no internals, no stack trace', async () => {
    const client = await inProcessClient(await storeWithBrokenIndustries(), true);
    const answer = await client.run('{ industries { slug } role(slug: "software-architect") { name } }');
    expect(answer.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['industries'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    // industries is non-null, so its failure nulls the whole answer, as GraphQL prescribes.
    expect(answer.data).toBeNull();
    await client.server.stop();
  });

  it('keep their message and a stack trace in development, for the developer', async () => {
    const client = await inProcessClient(await storeWithBrokenIndustries(), false);
    const [error] = (await client.run('{ industries { slug } }')).errors ?? [];
    expect(error?.message).toContain('db-7.internal');
    expect(error?.extensions?.stacktrace).toEqual(
      expect.arrayContaining([expect.stringContaining('Error: connection to db-7')]),
    );
    await client.server.stop();
  });
});
