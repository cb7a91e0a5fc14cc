import type { GraphStore } from './graph-store';
import { MemoryStore } from './memory/memory-store';
import { loadSeedCached } from './memory/seed-cache';
import type { Neo4jSettings } from './neo4j/neo4j-client';

/** What choosing a store needs of the configuration (config.ts's Config has both). */
export interface StoreSettings {
  /** Neo4j connection; null serves the embedded store. */
  readonly neo4j: Neo4jSettings | null;
  /** Folder of the seed YAML files; undefined: the project's seed/. */
  readonly seedDirectory: string | undefined;
  /** Where the embedded store keeps its checked seed between starts (memory/seed-cache.ts); null: nowhere. */
  readonly seedCacheDirectory: string | null;
}

/**
 * The embedded store, loaded from the seed (validated first: a bad seed loads nothing), or from the seed
 * cache when neither the seed files nor the code reading them changed since it was written.
 */
export async function createMemoryStore(
  seedDirectory: string | undefined,
  seedCacheDirectory: string | null,
  warn?: (message: string) => void,
): Promise<GraphStore> {
  const { graph, identity } = await loadSeedCached(seedDirectory, seedCacheDirectory, warn);
  return new MemoryStore(graph, identity);
}

/**
 * The store the configuration asks for. A Neo4j store is returned at once, without waiting for the
 * database: the server listens meanwhile and /readyz says why it is not ready (server/readiness.ts).
 */
export async function createStore(
  settings: StoreSettings,
  warn?: (message: string) => void,
): Promise<GraphStore> {
  if (settings.neo4j === null)
    return createMemoryStore(settings.seedDirectory, settings.seedCacheDirectory, warn);
  // Loaded only here: the driver and its dependencies take about 0.4 s to load, which the embedded
  // store's start-up need not pay.
  const [{ Neo4jClient }, { Neo4jStore }] = await Promise.all([
    import('./neo4j/neo4j-client.js'),
    import('./neo4j/neo4j-store.js'),
  ]);
  return new Neo4jStore(new Neo4jClient(settings.neo4j));
}
