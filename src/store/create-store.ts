import { loadSeed } from '../seed/load-seed';
import type { GraphStore } from './graph-store';
import { MemoryStore } from './memory/memory-store';
import type { Neo4jSettings } from './neo4j/neo4j-client';

/** What choosing a store needs of the configuration (config.ts's Config has both). */
export interface StoreSettings {
  /** Neo4j connection; null serves the embedded store. */
  readonly neo4j: Neo4jSettings | null;
  /** Folder of the seed YAML files; undefined: the project's seed/. */
  readonly seedDirectory: string | undefined;
}

/** The embedded store, loaded from the seed (validated first: a bad seed loads nothing). */
export async function createMemoryStore(seedDirectory?: string): Promise<GraphStore> {
  return new MemoryStore(await loadSeed(seedDirectory));
}

/**
 * The store the configuration asks for. A Neo4j store is returned at once, without waiting for the
 * database: the server listens meanwhile and /readyz says why it is not ready (server/readiness.ts).
 */
export async function createStore(settings: StoreSettings): Promise<GraphStore> {
  if (settings.neo4j === null) return createMemoryStore(settings.seedDirectory);
  // Loaded only here: the driver and its dependencies take about 0.4 s to load, which the embedded
  // store's start-up need not pay.
  const [{ Neo4jClient }, { Neo4jStore }] = await Promise.all([
    import('./neo4j/neo4j-client.js'),
    import('./neo4j/neo4j-store.js'),
  ]);
  return new Neo4jStore(new Neo4jClient(settings.neo4j));
}
