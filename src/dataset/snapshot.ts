import type { Link } from '../domain/entities';
import type { GraphStore, Page, PageOf, Relation, Relations } from '../store/graph-store';
import type { DatasetRelease, GradedLink, SeedGraph } from '../seed/seed-graph';

/** Nodes per page: Neo4j takes SKIP and LIMIT as 32-bit integers, and pages keep each read small. */
const pageSize = 1_000;

/** Every item of a paginated listing, page by page. */
async function allOf<T>(list: (page: Page) => Promise<PageOf<T>>): Promise<{ items: T[] }> {
  const items: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await list({ offset, limit: pageSize });
    items.push(...page.items);
    if (page.items.length < pageSize || items.length >= page.totalCount) return { items };
  }
}

/**
 * The whole dataset a store holds, read through the GraphStore port alone, as a seed graph: what an
 * export of a running store (Neo4j or embedded) is made from, and what proves that a store holds exactly
 * the facts of its seed (the same content hash). Relations are read in batches of owners.
 */
export async function readSnapshot(store: GraphStore, batch = 1_000): Promise<SeedGraph> {
  const marker = await store.datasetMarker();
  if (marker === null) throw new Error(`the ${store.name} store holds no seeded dataset`);
  const [roles, skills, technologies, industries, sources] = await Promise.all([
    allOf((page) => store.listRoles({}, page)),
    allOf((page) => store.listSkills({}, page)),
    allOf((page) => store.listTechnologies(null, page)),
    store.listIndustries(),
    store.listSources(),
  ]);
  const follow = async <R extends Relation>(relation: R, owners: readonly { slug: string }[]) => {
    const found: { owner: string; item: Relations[R] }[] = [];
    for (let start = 0; start < owners.length; start += batch) {
      const slugs = owners.slice(start, start + batch).map((owner) => owner.slug);
      const lists = await store.neighbours(relation, slugs);
      lists.forEach((items, index) => {
        for (const item of items) found.push({ owner: slugs[index] as string, item });
      });
    }
    return found;
  };
  const graded = (
    link: Relations['Role.skills'] | Relations['Role.technologies'],
    target: string,
  ): GradedLink => ({
    role: link.role.slug,
    target,
    importance: link.importance,
    inheritedFrom: link.inheritedFrom,
    sources: link.sources,
    evidence: link.evidence,
  });
  const linkOf = (
    from: string,
    to: string,
    fact: { sources: Link['sources']; evidence: Link['evidence'] },
  ): Link => ({
    from,
    to,
    sources: fact.sources,
    evidence: fact.evidence,
  });
  // RELATED_TO has no direction: each pair comes back from both ends, and is kept once.
  const related = new Map<string, Link>();
  for (const { owner, item } of await follow('Skill.relatedSkills', skills.items)) {
    const [a, b] = owner < item.node.slug ? [owner, item.node.slug] : [item.node.slug, owner];
    related.set(`${a}\u0000${b}`, linkOf(a, b, item));
  }
  const release: DatasetRelease = {
    version: marker.version,
    released: marker.builtAt,
    recordedHash: marker.hash,
    description: null,
  };
  return {
    release,
    sources,
    roles: roles.items,
    skills: skills.items,
    technologies: technologies.items,
    industries,
    requirements: (await follow('Role.skills', roles.items)).map(({ item }) => graded(item, item.skill.slug)),
    roleTechnologies: (await follow('Role.technologies', roles.items)).map(({ item }) =>
      graded(item, item.technology.slug),
    ),
    transitions: (await follow('Role.nextRoles', roles.items)).map(({ item }) => item),
    prerequisites: (await follow('Skill.prerequisites', skills.items)).map(({ owner, item }) =>
      linkOf(item.node.slug, owner, item),
    ),
    relatedSkills: [...related.values()],
    skillTechnologies: (await follow('Skill.technologies', skills.items)).map(({ owner, item }) =>
      linkOf(owner, item.node.slug, item),
    ),
    frameworkLanguages: (await follow('Technology.languages', technologies.items)).map(({ owner, item }) =>
      linkOf(owner, item.node.slug, item),
    ),
    hires: (await follow('Industry.roles', industries)).map(({ item }) => ({
      industry: item.industry.slug,
      role: item.role.slug,
      emphasis: item.emphasis,
      sources: item.sources,
      evidence: item.evidence,
    })),
    salaries: (await follow('Role.salaries', roles.items)).map(({ item }) => item),
  };
}
