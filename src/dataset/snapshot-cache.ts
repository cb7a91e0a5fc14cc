import type { SeedGraph } from '../seed/seed-graph';
import type { GraphStore } from '../store/graph-store';
import { readSnapshot } from './snapshot';

/**
 * The last snapshot of a store (snapshot.ts), kept for as long as the store serves the same dataset:
 * exports asked for at once, or one after another, read the store once per dataset, not once per
 * download. Holds one copy of the graph at most; a failed read is forgotten.
 */
export class SnapshotCache {
  private held: { readonly hash: string; readonly graph: Promise<SeedGraph> } | null = null;

  constructor(private readonly store: GraphStore) {}

  /** The snapshot of the dataset whose marker hash is `hash`, read now unless already held. */
  of(hash: string): Promise<SeedGraph> {
    if (this.held?.hash === hash) return this.held.graph;
    const graph = readSnapshot(this.store);
    const held = { hash, graph };
    this.held = held;
    graph.catch(() => {
      if (this.held === held) this.held = null;
    });
    return graph;
  }
}
