/**
 * What the last complete seed wrote into a store, in the same transaction as the graph: proof that the
 * store holds a whole dataset, and which one. Neo4j keeps it as `(:Dataset {id: 'current'})`; the
 * embedded store, loaded from the seed files at start, has one by construction.
 */
export interface DatasetMarker {
  /** When the seed was written, ISO 8601 (for the embedded store: when it was loaded). */
  readonly seededAt: string;
  /** SHA-256 of the seed graph's content (seed/seed-hash.ts): the same hash means the same graph. */
  readonly hash: string;
}

/** Whether a store can answer queries now, and if not, why (for /readyz and the logs). */
export type StoreReadiness =
  | { readonly ready: true; readonly dataset: DatasetMarker }
  | { readonly ready: false; readonly reason: string };
