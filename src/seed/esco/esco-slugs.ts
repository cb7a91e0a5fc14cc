/**
 * Slugs of the ESCO layer: the kebab-case of the label, spelled as the guide layer spells its own
 * ("C#" is c-sharp, ".NET" dot-net, "Node.js" node-js, "C++" c-plus-plus).
 */
export function kebabCase(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/#/g, ' sharp ')
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/(^|[^a-z0-9])\.(?=[a-z0-9])/g, '$1 dot ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What an ESCO concept needs to get a slug: its label, and a key that orders concepts for clashes. */
export interface SlugRequest {
  readonly key: string;
  readonly label: string;
}

/**
 * Slugs for one kind of ESCO concept (occupations, or skills), deterministic for the same inputs.
 *
 * A concept gets the kebab-case of its label. When that slug is already a guide slug of the same kind,
 * or an earlier ESCO concept's, it gets `<slug>-esco`, then `<slug>-esco-2`, `-esco-3` and so on.
 * "Earlier" is the order of `requests` (the caller sorts them: concepts with a URI by URI, then the
 * skills known only by label, by label), so a guide role and its ESCO counterpart stay two nodes
 * (software-architect and software-architect-esco) and no order of reading the files changes a slug.
 * A label with no letter or digit (none in the data) falls back to the key's last path segment.
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  guideSlugs: ReadonlySet<string>,
): Map<string, string> {
  const taken = new Set(guideSlugs);
  const slugs = new Map<string, string>();
  for (const { key, label } of requests) {
    const base = kebabCase(label) || kebabCase(key.slice(key.lastIndexOf('/') + 1));
    let slug = base;
    for (let n = 1; taken.has(slug); n++) slug = n === 1 ? `${base}-esco` : `${base}-esco-${n}`;
    taken.add(slug);
    slugs.set(key, slug);
  }
  return slugs;
}
