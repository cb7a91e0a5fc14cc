import type { NodeKind } from '../../store/graph-store';

const nodeKinds: readonly NodeKind[] = ['Role', 'Skill', 'Technology', 'Industry', 'Source'];

/** A global id is readable and stable: "Role:senior-backend-developer". */
export function toGlobalId(kind: NodeKind, slug: string): string {
  return `${kind}:${slug}`;
}

/** The kind and slug of a global id, or null when it is not one of ours. */
export function parseGlobalId(id: string): { kind: NodeKind; slug: string } | null {
  const separator = id.indexOf(':');
  const kind = id.slice(0, separator) as NodeKind;
  const slug = id.slice(separator + 1);
  if (separator < 0 || !nodeKinds.includes(kind) || slug.length === 0) return null;
  return { kind, slug };
}
