/**
 * What the last complete seed wrote into a store, in the same transaction as the graph: proof that the
 * store holds a whole dataset, and which one. Neo4j keeps it as `(:Dataset {id: 'current'})`; the
 * embedded store, loaded from the seed files at start, has one by construction.
 */
export interface DatasetMarker {
  /** When the seed was written, ISO 8601 (for the embedded store: when it was loaded). */
  readonly seededAt: string;
  /** SHA-256 of the dataset's facts (src/dataset/dataset-hash.ts): the same hash means the same graph. */
  readonly hash: string;
  /** The release version of the seed (seed/dataset.yaml). */
  readonly version: string;
  /** The day the release was made (seed/dataset.yaml `released`), YYYY-MM-DD. */
  readonly builtAt: string;
  /** How many facts of each type the dataset holds: nodes by kind, relationships by type, salaries. */
  readonly counts: readonly { readonly kind: string; readonly count: number }[];
}

/** Whether a store can answer queries now, and if not, why (for /readyz and the logs). */
export type StoreReadiness =
  | { readonly ready: true; readonly dataset: DatasetMarker }
  | { readonly ready: false; readonly reason: string };
