import { loadSeed } from '../../src/seed/load-seed';
import { createServer } from '../../src/server/create-server';
import { defaultQueryLimits } from '../../src/server/limits';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { countingStore } from '../support/counting-store';
import { postGraphQL } from '../support/server-process';
import { describeHttpEndToEnd } from './http-suite';

describeHttpEndToEnd('memory', { NEO4J_URI: undefined });

describe('batching over real HTTP', () => {
  it('keeps store calls per request independent of how many roles are asked for', async () => {
    const store = countingStore(new MemoryStore(await loadSeed()));
    // This query is deliberately huge (every role's skills' technologies): the cost limit is raised for it.
    const server = await createServer({
      store,
      production: false,
      introspection: true,
      limits: { ...defaultQueryLimits, maxCost: 1_000_000 },
    });
    const url = await server.listen(0, '127.0.0.1');
    try {
      const query =
        'query($first: Int!) { roles(first: $first) { nodes { skills { skill { technologies { slug } } } nextRoles { to { name } } } } }';
      const counts = [];
      for (const first of [2, 100]) {
        store.calls.length = 0;
        const { body } = await postGraphQL(url, query, { first });
        expect(body.errors).toBeUndefined();
        counts.push(store.calls.length);
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[1]).toBeLessThanOrEqual(6);
    } finally {
      await server.stop();
    }
  });
});
