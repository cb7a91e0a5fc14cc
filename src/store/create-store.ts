import type { Config } from '../config';
import { loadSeed } from '../seed/load-seed';
import type { GraphStore } from './graph-store';
import { MemoryStore } from './memory/memory-store';
import { Neo4jClient } from './neo4j/neo4j-client';
import { Neo4jStore } from './neo4j/neo4j-store';

/** The embedded store, loaded from the seed (validated first: a bad seed loads nothing). */
export async function createMemoryStore(seedDirectory?: string): Promise<GraphStore> {
  return new MemoryStore(await loadSeed(seedDirectory));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The store the configuration asks for. With Neo4j, waits until the database answers, retrying with
 * exponential backoff (1 s doubling to 30 s) and saying so, so the API can start before the database.
 */
export async function createStore(
  config: Config,
  log: (message: string) => void = console.log,
): Promise<GraphStore> {
  if (config.neo4j === null) return createMemoryStore(config.seedDirectory);
  const client = new Neo4jClient(config.neo4j);
  for (
    let attempt = 1, delay = 1000;
    !(await client.ping());
    attempt++, delay = Math.min(delay * 2, 30_000)
  ) {
    log(`Neo4j at ${config.neo4j.uri} is not reachable (attempt ${attempt}); retrying in ${delay / 1000} s`);
    await sleep(delay);
  }
  return new Neo4jStore(client);
}
