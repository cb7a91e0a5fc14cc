import type { RoleEntity } from '../domain/entities';
import { InvalidInputError } from '../domain/invalid-input-error';
import type { GraphStore } from '../store/graph-store';

/**
 * The roles named by arguments, in argument order; an unknown slug is the caller's error, named with
 * the argument it came from.
 */
export async function requireRoles(
  store: GraphStore,
  wanted: readonly { argument: string; slug: string }[],
): Promise<RoleEntity[]> {
  const roles = await store.nodesBySlug(
    'Role',
    wanted.map((entry) => entry.slug),
  );
  return roles.map((role, index) => {
    const { argument, slug } = wanted[index] as { argument: string; slug: string };
    if (role === null)
      throw new InvalidInputError(`${argument}: no role has the slug "${slug}".`, argument, { slug });
    return role;
  });
}
