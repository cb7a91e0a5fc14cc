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
    const [error] = answer.errors ?? [];
    // The message names the request, so an operator finds the log line; nothing of the cause leaks.
    expect(error?.message).toMatch(/^Internal server error \(request [\w-]+\)$/);
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    expect(error?.message).toContain(String(error?.extensions?.requestId));
    expect(JSON.stringify(answer)).not.toMatch(/db-7|stacktrace/);
    expect(error?.path).toEqual(['industries']);
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
