import { loadSeed } from '../seed/load-seed';
import type { GraphStore } from './graph-store';
import { MemoryStore } from './memory/memory-store';

/** The embedded store, loaded from the seed (validated first: a bad seed loads nothing). */
export async function createMemoryStore(seedDirectory?: string): Promise<GraphStore> {
  return new MemoryStore(await loadSeed(seedDirectory));
}
