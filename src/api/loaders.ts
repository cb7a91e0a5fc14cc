import DataLoader from 'dataloader';
import type { RoleProfile } from '../domain/similarity';
import type { GraphStore, NodeKind, NodeKinds, Relation, Relations } from '../store/graph-store';

/**
 * Per-request DataLoaders: every nested field goes through one of these, so a query costs one store
 * call per loader and tick, never one per parent (no N+1). Created lazily, one per node kind and
 * relation, and dropped with the request.
 */
/** Told the size of every batch a loader sends to the store (for the batch-size metric). */
export type BatchObserver = (loader: string, size: number) => void;

export class Loaders {
  private readonly nodeLoaders = new Map<NodeKind, DataLoader<string, unknown>>();
  private readonly relationLoaders = new Map<Relation, DataLoader<string, unknown>>();
  private readonly profiles: DataLoader<'all', RoleProfile[]>;

  constructor(
    private readonly store: GraphStore,
    private readonly onBatch: BatchObserver = () => {},
  ) {
    this.profiles = new DataLoader(async (keys) => {
      const profiles = await store.roleProfiles();
      return keys.map(() => profiles);
    });
  }

  node<K extends NodeKind>(kind: K): DataLoader<string, NodeKinds[K] | null> {
    let loader = this.nodeLoaders.get(kind);
    if (!loader) {
      loader = new DataLoader<string, NodeKinds[K] | null>((slugs) => {
        this.onBatch(kind, slugs.length);
        return this.store.nodesBySlug(kind, slugs);
      });
      this.nodeLoaders.set(kind, loader);
    }
    return loader as DataLoader<string, NodeKinds[K] | null>;
  }

  relation<R extends Relation>(relation: R): DataLoader<string, Relations[R][]> {
    let loader = this.relationLoaders.get(relation);
    if (!loader) {
      loader = new DataLoader<string, Relations[R][]>((slugs) => {
        this.onBatch(relation, slugs.length);
        return this.store.neighbours(relation, slugs);
      });
      this.relationLoaders.set(relation, loader);
    }
    return loader as DataLoader<string, Relations[R][]>;
  }

  /** Loads nodes that must exist (slugs that came from the store itself), dropping none silently. */
  async existing<K extends NodeKind>(kind: K, slugs: readonly string[]): Promise<NodeKinds[K][]> {
    const nodes = await this.node(kind).loadMany(slugs);
    return nodes.map((node, index) => {
      if (node instanceof Error) throw node;
      if (node === null)
        throw new Error(`store is inconsistent: ${kind} "${slugs[index]}" is referenced but missing`);
      return node;
    });
  }

  roleProfiles(): Promise<RoleProfile[]> {
    return this.profiles.load('all');
  }
}
