import { loadSeed } from '../../src/seed/load-seed';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { describeGraphStoreContract } from './graph-store.contract';

describeGraphStoreContract('memory store', async () => {
  const seed = await loadSeed();
  return { store: new MemoryStore(seed), seed };
});
