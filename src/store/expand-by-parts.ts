import type { RoleEntity, TransitionEntity } from '../domain/entities';
import type {
  ExpandedNode,
  GraphStore,
  NodeKind,
  PageOf,
  Relation,
  RelationOf,
  Relations,
} from './graph-store';

/** The roles a transition relation points at: `to` for moves out of a role, `from` for moves into it. */
export function linkedRoleSlugs(relation: Relation, items: readonly unknown[]): string[] {
  if (relation === 'Role.nextRoles') return (items as TransitionEntity[]).map((t) => t.to);
  if (relation === 'Role.previousRoles') return (items as TransitionEntity[]).map((t) => t.from);
  return [];
}

/**
 * `expand` composed from the store's own batch lookups: right for a store where a call is cheap (the
 * embedded one), and the reference a store with a native expansion is tested against.
 */
export async function expandByParts<K extends NodeKind>(
  store: Pick<GraphStore, 'nodesBySlug' | 'neighbours'>,
  kind: K,
  slugs: readonly string[],
  relations: readonly RelationOf<K>[],
): Promise<(ExpandedNode<K> | null)[]> {
  const [nodes, ...lists] = await Promise.all([
    store.nodesBySlug(kind, slugs),
    ...relations.map((relation) => store.neighbours(relation, slugs)),
  ]);
  const linkedSlugs = relations.flatMap((relation, r) =>
    (lists[r] ?? []).flatMap((items) => linkedRoleSlugs(relation, items)),
  );
  const linked = new Map<string, RoleEntity>();
  for (const role of await store.nodesBySlug('Role', [...new Set(linkedSlugs)]))
    if (role) linked.set(role.slug, role);
  return nodes.map((node, index) => {
    if (node === null) return null;
    const expanded: { [R in Relation]?: Relations[R][] } = {};
    const roles = new Map<string, RoleEntity>();
    relations.forEach((relation, r) => {
      const items = (lists[r]?.[index] ?? []) as Relations[typeof relation][];
      (expanded as Record<string, unknown>)[relation] = items;
      for (const slug of linkedRoleSlugs(relation, items)) {
        const role = linked.get(slug);
        if (role) roles.set(slug, role);
      }
    });
    return { node, relations: expanded, linkedRoles: [...roles.values()] };
  });
}

/** A page of nodes, expanded by parts. */
export async function expandPageByParts<K extends NodeKind>(
  store: Pick<GraphStore, 'nodesBySlug' | 'neighbours'>,
  kind: K,
  page: PageOf<{ slug: string }>,
  relations: readonly RelationOf<K>[],
): Promise<PageOf<ExpandedNode<K>>> {
  const expanded = await expandByParts(
    store,
    kind,
    page.items.map((item) => item.slug),
    relations,
  );
  return { totalCount: page.totalCount, items: expanded.filter((item) => item !== null) };
}
