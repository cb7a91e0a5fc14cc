import DataLoader from 'dataloader';
import type { RelatedRoleResult } from '../domain/similarity';
import type {
  ExpandedNode,
  GraphStore,
  NodeKind,
  NodeKinds,
  NodeRef,
  Relation,
  RelationOf,
  Relations,
} from '../store/graph-store';

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
  private readonly expandLoaders = new Map<string, DataLoader<string, unknown>>();
  private readonly relatedLoaders = new Map<number, DataLoader<string, RelatedRoleResult[]>>();
  private externalIdLoader: DataLoader<string, NodeRef | null> | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly onBatch: BatchObserver = () => {},
  ) {}

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

  /** The node that is an external concept (by its URI), as kind and slug; null when none is. */
  byExternalId(): DataLoader<string, NodeRef | null> {
    this.externalIdLoader ??= new DataLoader<string, NodeRef | null>((uris) => {
      this.onBatch('byExternalId', uris.length);
      return this.store.nodesByExternalId(uris);
    });
    return this.externalIdLoader;
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

  /**
   * Loads nodes together with some of their relations (one store call per kind, relation set and
   * tick), and primes the node and relation loaders with all of it, so the nested fields that read
   * those relations make no store call of their own.
   */
  expanded<K extends NodeKind>(
    kind: K,
    relations: readonly RelationOf<K>[],
  ): DataLoader<string, NodeKinds[K] | null> {
    const key = `${kind}:${relations.join(',')}`;
    let loader = this.expandLoaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, NodeKinds[K] | null>(async (slugs) => {
        this.onBatch(`${kind}+relations`, slugs.length);
        const expanded = await this.store.expand(kind, slugs, relations);
        return expanded.map((item) => {
          if (item) this.prime(kind, item);
          return item?.node ?? null;
        });
      });
      this.expandLoaders.set(key, loader);
    }
    return loader as DataLoader<string, NodeKinds[K] | null>;
  }

  /** Hands an expanded node's parts to the loaders that would otherwise fetch them. */
  prime<K extends NodeKind>(kind: K, expanded: ExpandedNode<K>): void {
    this.node(kind).prime(expanded.node.slug, expanded.node);
    for (const [relation, items] of Object.entries(expanded.relations) as [Relation, unknown[]][])
      (this.relation(relation) as DataLoader<string, unknown[]>).prime(expanded.node.slug, items);
    for (const role of expanded.linkedRoles) this.node('Role').prime(role.slug, role);
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

  /** The roles related to each role, at most `limit` each: one store call per limit and tick. */
  relatedRoles(limit: number): DataLoader<string, RelatedRoleResult[]> {
    let loader = this.relatedLoaders.get(limit);
    if (!loader) {
      loader = new DataLoader<string, RelatedRoleResult[]>((slugs) => {
        this.onBatch('Role.relatedRoles', slugs.length);
        return this.store.relatedRoles(slugs, limit);
      });
      this.relatedLoaders.set(limit, loader);
    }
    return loader;
  }
}
