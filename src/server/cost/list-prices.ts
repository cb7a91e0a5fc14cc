import type { GraphStore, NodeKind, Page, PageOf, Relation } from '../../store/graph-store';
import type { Logger } from '../logger';

/**
 * What bounds a list's length: the longest list of a relation in the graph, how many nodes of a kind
 * exist, or the longest array a property of that name holds on any node or link (`evidence`, ...).
 */
type ListBound =
  { readonly relation: Relation } | { readonly count: NodeKind } | { readonly property: string };

/**
 * The lists whose length the loaded graph decides, by field coordinate (interface coordinates cover
 * their types; `*.field` covers that field on every type). Other lists keep the estimate the schema
 * declares (api/common/complexity.ts): `first` arguments, and lists a domain limit bounds (a path has at
 * most 10 steps).
 */
export const listBounds: Readonly<Record<string, ListBound>> = {
  'Query.industries': { count: 'Industry' },
  'Query.sources': { count: 'Source' },
  'Sourced.sources': { count: 'Source' },
  'Dataset.sources': { count: 'Source' },
  'Role.skills': { relation: 'Role.skills' },
  'Role.technologies': { relation: 'Role.technologies' },
  'Role.nextRoles': { relation: 'Role.nextRoles' },
  'Role.previousRoles': { relation: 'Role.previousRoles' },
  'Role.salaries': { relation: 'Role.salaries' },
  'Role.technologyLinks': { relation: 'Role.technologies' },
  'Role.levels': { relation: 'Role.levels' },
  'Role.industries': { relation: 'Role.industries' },
  'Role.hiredBy': { relation: 'Role.industries' },
  'Industry.roles': { relation: 'Industry.roles' },
  'Industry.hires': { relation: 'Industry.roles' },
  'Skill.roles': { relation: 'Skill.roles' },
  'Skill.requiredBy': { relation: 'Skill.roles' },
  'Skill.technologies': { relation: 'Skill.technologies' },
  'Skill.technologyLinks': { relation: 'Skill.technologies' },
  'Skill.prerequisites': { relation: 'Skill.prerequisites' },
  'Skill.prerequisiteLinks': { relation: 'Skill.prerequisites' },
  'Skill.unlocks': { relation: 'Skill.unlocks' },
  'Skill.unlockLinks': { relation: 'Skill.unlocks' },
  'Skill.relatedSkills': { relation: 'Skill.relatedSkills' },
  'Skill.relatedSkillLinks': { relation: 'Skill.relatedSkills' },
  'Technology.roles': { relation: 'Technology.roles' },
  'Technology.roleLinks': { relation: 'Technology.roles' },
  'Technology.skills': { relation: 'Technology.skills' },
  'Technology.skillLinks': { relation: 'Technology.skills' },
  '*.languages': { relation: 'Technology.languages' },
  '*.languageLinks': { relation: 'Technology.languages' },
  '*.frameworks': { relation: 'Technology.frameworks' },
  '*.frameworkLinks': { relation: 'Technology.frameworks' },
  // What the graph's nodes and links carry: evidence, alias and external ids, a role's qualifications, ...
  '*.evidence': { property: 'evidence' },
  '*.aliasEvidence': { property: 'aliasEvidence' },
  '*.externalIds': { property: 'externalIds' },
  'Role.qualifications': { property: 'qualifications' },
  'Role.workSettings': { property: 'workSettings' },
  'Role.comparisons': { property: 'comparisons' },
  // Subsets of one role's requirements.
  'RelatedRole.sharedSkills': { relation: 'Role.skills' },
  'SkillGap.missing': { relation: 'Role.skills' },
  'SkillGap.shared': { relation: 'Role.skills' },
  'SkillGap.learningOrder': { relation: 'Role.skills' },
  'LearnerSkillGap.missing': { relation: 'Role.skills' },
  'LearnerSkillGap.shared': { relation: 'Role.skills' },
  'LearnerSkillGap.learningOrder': { relation: 'Role.skills' },
  // Skills the learner named, or gained along a path: at most every skill.
  'LearnerSkillGap.have': { count: 'Skill' },
  'CareerPath.requiredSkills': { count: 'Skill' },
};

/**
 * Relations that list, from the other end, the links another relation lists: the same relationships with
 * the same facts (a role's requirement of a skill is the skill's requirement by the role). Their lengths are
 * measured, but their links' arrays were measured from the first end: walking them again found nothing
 * new and cost a second at 100,000 roles.
 */
const otherEndOf: Partial<Readonly<Record<Relation, Relation>>> = {
  'Skill.roles': 'Role.skills',
  'Technology.roles': 'Role.technologies',
  'Role.previousRoles': 'Role.nextRoles',
  'Industry.roles': 'Role.industries',
  'Technology.skills': 'Skill.technologies',
  'Skill.unlocks': 'Skill.prerequisites',
  'Technology.frameworks': 'Technology.languages',
};

const pageSize = 500;
const ownersPerRead = 2_000;

/** Every node of a kind, page by page, through the store's own listing. */
async function allSlugs(list: (page: Page) => Promise<PageOf<{ slug: string }>>): Promise<string[]> {
  const slugs: string[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await list({ offset, limit: pageSize });
    slugs.push(...page.items.map((item) => item.slug));
    if (page.items.length < pageSize || slugs.length >= page.totalCount) return slugs;
  }
}

async function slugsOf(store: GraphStore, kind: NodeKind): Promise<string[]> {
  switch (kind) {
    case 'Role':
      return allSlugs((page) => store.listRoles({}, page));
    case 'Skill':
      return allSlugs((page) => store.listSkills({}, page));
    case 'Technology':
      return allSlugs((page) => store.listTechnologies(null, page));
    case 'Industry':
      return (await store.listIndustries()).map((industry) => industry.slug);
    case 'Source':
      return (await store.listSources()).map((source) => source.slug);
  }
}

const nodeKinds: readonly NodeKind[] = ['Role', 'Skill', 'Technology', 'Industry', 'Source'];

/**
 * Per property name, the longest array found in the values noted and in the objects they hold (to a
 * depth of 4). An array's items are walked once: the links of a relation and of its reverse share their
 * evidence arrays, and walking them again found nothing new but cost seconds at 100,000 roles.
 */
class LongestArrays {
  readonly longest = new Map<string, number>();
  // The shallowest depth at which each array's items were walked: walking them again no deeper adds nothing.
  private readonly walked = new Map<readonly unknown[], number>();

  /** `value` and the objects it holds. */
  note(value: unknown, depth = 0): void {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const name in record) this.noteProperty(name, record[name], depth);
  }

  /**
   * One link of a relation list: its own arrays and those of the objects it holds, but not those of
   * the nodes it carries (anything with a slug), which the node pass has measured already.
   */
  noteLink(link: unknown): void {
    if (link === null || typeof link !== 'object' || ('slug' in link && !Array.isArray(link))) return;
    const record = link as Record<string, unknown>;
    for (const name in record) {
      const inner = record[name];
      if (Array.isArray(inner)) this.noteProperty(name, inner, 0);
      else if (inner !== null && typeof inner === 'object' && !('slug' in inner)) this.note(inner, 1);
    }
  }

  private noteProperty(name: string, inner: unknown, depth: number): void {
    if (Array.isArray(inner)) {
      if ((this.longest.get(name) ?? -1) < inner.length) this.longest.set(name, inner.length);
      const walkedAt = this.walked.get(inner);
      if (walkedAt !== undefined && walkedAt <= depth) return;
      this.walked.set(inner, depth);
      for (const item of inner) this.note(item, depth + 1);
    } else this.note(inner, depth + 1);
  }
}

/**
 * Measures every bound in the graph the store holds now: node counts, the longest list of each
 * relation (read with `neighbours`, the call the API itself answers lists with), and the longest array
 * each property holds on the nodes and on those lists' links.
 */
export async function measureListSizes(store: GraphStore): Promise<Map<string, number>> {
  const slugs = new Map<NodeKind, string[]>();
  const arrays = new LongestArrays();
  for (const kind of nodeKinds) {
    slugs.set(kind, await slugsOf(store, kind));
    for (const node of await store.nodesBySlug(kind, slugs.get(kind) ?? [])) arrays.note(node);
  }
  const longest = new Map<Relation, number>();
  for (const bound of Object.values(listBounds)) {
    if (!('relation' in bound) || longest.has(bound.relation)) continue;
    const owners = slugs.get(bound.relation.split('.')[0] as NodeKind) ?? [];
    let most = 0;
    const linksMeasured = otherEndOf[bound.relation] !== undefined;
    // A share of the owners at a time: every list of a 100,000-role graph at once is gigabytes of garbage.
    for (let start = 0; start < owners.length; start += ownersPerRead) {
      const slice = owners.slice(start, start + ownersPerRead);
      // Only lengths and arrays are measured: in any order, so no list is sorted before it is asked for.
      for (const list of await store.neighbours(bound.relation, slice, 'any')) {
        most = Math.max(most, list.length);
        if (!linksMeasured) for (const link of list) arrays.noteLink(link);
      }
    }
    longest.set(bound.relation, most);
  }
  const sizes = new Map<string, number>();
  for (const [coordinate, bound] of Object.entries(listBounds)) {
    sizes.set(
      coordinate,
      'count' in bound
        ? (slugs.get(bound.count)?.length ?? 0)
        : 'relation' in bound
          ? (longest.get(bound.relation) ?? 0)
          : (arrays.longest.get(bound.property) ?? 0),
    );
  }
  return sizes;
}

export interface ListPricesOptions {
  /** How often to ask the store which dataset it serves, in seconds; 0: at start only. */
  readonly checkSeconds: number;
  readonly logger: Logger;
}

/**
 * The length each list field is priced at: the longest such list in the loaded graph. Measured once the
 * store serves a dataset, and again whenever it serves another: the store is asked every `checkSeconds`
 * which dataset it holds (the seed's marker and its hash), so a Neo4j reseeded under a running API is
 * priced as it is now within that time. Until the first measurement (Neo4j still starting or empty),
 * lists keep the sizes the schema declares. `version` changes with every measurement, so costs computed
 * with older sizes are not reused.
 */
export class ListPrices {
  private sizes = new Map<string, number>();
  private measuredHash: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  version = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly options: ListPricesOptions,
  ) {}

  /** Per item, or undefined for a list the graph does not bound. */
  readonly sizeOf = (coordinate: string): number | undefined =>
    this.sizes.get(coordinate) ?? this.sizes.get(`*${coordinate.slice(coordinate.indexOf('.'))}`);

  /** Measures now if the store serves a dataset (resolving when done), then checks on the period. */
  start(): Promise<void> {
    if (this.options.checkSeconds > 0 && !this.timer) {
      this.timer = setInterval(() => void this.check(), this.options.checkSeconds * 1000);
      this.timer.unref();
    }
    return this.check();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Measures again if the store now serves a dataset other than the one last measured. */
  check(): Promise<void> {
    this.checking ??= this.measureIfChanged().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async measureIfChanged(): Promise<void> {
    try {
      const readiness = await this.store.readiness();
      if (!readiness.ready || readiness.dataset.hash === this.measuredHash) return;
      this.sizes = await measureListSizes(this.store);
      this.measuredHash = readiness.dataset.hash;
      this.version++;
    } catch (error) {
      this.options.logger.warn(
        { err: error },
        'could not measure list sizes; lists keep their previous prices until the next check',
      );
    }
  }
}
