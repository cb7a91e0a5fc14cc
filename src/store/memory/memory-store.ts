import { findCareerPaths, type CareerPathQuery, type CareerPathResult } from '../../domain/career-paths';
import type {
  HiringLink,
  RoleEntity,
  RoleSkillLink,
  RoleTechnologyLink,
  SalaryEntity,
  SkillEntity,
  TechnologyEntity,
} from '../../domain/entities';
import type { Importance, RoleFamily, TechnologyKind } from '../../domain/enums';
import {
  byDemand,
  byUsage,
  countDemand,
  emptyDemand,
  transitionStatistics,
  type SkillDemandEntry,
  type TechnologyUsageEntry,
  type TransitionKindStats,
} from '../../domain/analytics';
import { byName, bySalary, byTitle, compareText } from '../../domain/ordering';
import { RelatedRolesIndex } from '../../domain/related-roles-index';
import type { ProfileFeature, RelatedRoleResult, RoleProfile } from '../../domain/similarity';
import type { SeedGraph } from '../../seed/seed-graph';
import { datasetMarkerOf } from '../../dataset/dataset-marker-of';
import type { DatasetMarker, StoreReadiness } from '../dataset-marker';
import type { DatasetIdentity } from './seed-cache';
import type {
  GraphStore,
  NeighbourOrder,
  NodeKind,
  NodeKinds,
  NodeRef,
  Page,
  PageOf,
  Relation,
  RelationOf,
  Relations,
  RoleFilter,
  SearchQuery,
  SearchResult,
  SkillFilter,
} from '../graph-store';
import { expandByParts, expandPageByParts } from '../expand-by-parts';
import { relationOrder } from '../relation-order';
import { SearchIndex, searchEntriesOf } from '../search-index';
import { seedConcepts } from '../seed-concepts';
import { ownConceptUri } from '../../domain/same-concept';
import { TransitionGraph } from '../transition-graph';
import {
  relationshipEnds,
  seedRelationships,
  type RelationshipType,
  type SeedRelationship,
} from '../seed-relationships';

interface EdgeAttributes extends Omit<SeedRelationship, 'from' | 'to'> {
  type: RelationshipType;
}

/** One link as a node holds it: the entity at the other end, and the link's facts. */
interface Adjacent {
  readonly neighbour: NodeKinds[NodeKind];
  readonly attributes: EdgeAttributes;
}

/** The links of one type, by the slug of the node at each end (a type joins one kind to one kind). */
interface TypedLinks {
  readonly out: Map<string, Adjacent[]>;
  readonly in: Map<string, Adjacent[]>;
}

/**
 * The embedded store: the seed graph held in maps (nodes keyed "Kind:slug"; links by type, then node,
 * in each direction, carrying their sources), read-only once loaded. Links are kept per type so that a
 * skill's prerequisites are read without walking the thousands of roles that require it, as a
 * multigraph's edge iteration did (skillGap took 10 ms at 100,000 roles). Lists and orders follow domain/ordering.ts.
 */
export class MemoryStore implements GraphStore {
  readonly name = 'memory';
  // One map per kind, keyed by slug: a "Kind:slug" key was a new string to hash on every lookup, and a
  // 100,000-role graph looks nodes up millions of times while it loads.
  private readonly nodes = new Map<NodeKind, Map<string, NodeKinds[NodeKind]>>();
  private readonly links = new Map<RelationshipType, TypedLinks>();
  private readonly salaries = new Map<string, SalaryEntity[]>();
  private readonly sorted: {
    roles: RoleEntity[];
    skills: SkillEntity[];
    technologies: TechnologyEntity[];
    industries: NodeKinds['Industry'][];
    sources: NodeKinds['Source'][];
  };
  private readonly transitions: TransitionGraph;
  private readonly searchIndex: SearchIndex;
  private readonly relatedRolesIndex: RelatedRolesIndex;
  private readonly byConceptUri = new Map<string, NodeRef>();
  /** Stored lists of links already in their relation's order (each is put in order on its first read). */
  private readonly inOrder = new WeakSet<readonly Adjacent[]>();
  /**
   * False while a `neighbours(..., 'any')` call reads: measuring every list at start-up (list prices)
   * would otherwise sort every list of the graph, seconds at 100,000 roles, before anyone asks for one.
   */
  private ordering = true;

  private readonly loadedAt = new Date().toISOString();
  private marker: DatasetMarker | undefined;

  /** `identity`: the seed's hash and counts when already known (a cached seed), else worked out on first use. */
  constructor(
    private readonly seed: SeedGraph,
    private readonly identity?: DatasetIdentity,
  ) {
    const addNodes = <K extends NodeKind>(kind: K, entities: readonly NodeKinds[K][]) => {
      const bySlug = new Map<string, NodeKinds[NodeKind]>();
      for (const entity of entities) bySlug.set(entity.slug, entity);
      this.nodes.set(kind, bySlug);
    };
    addNodes('Source', seed.sources);
    addNodes('Role', seed.roles);
    addNodes('Skill', seed.skills);
    addNodes('Technology', seed.technologies);
    addNodes('Industry', seed.industries);

    // Transitions (TRANSITIONS_TO) are held only in two indexes, which career paths and the role
    // relations read: as graph edges they would cost a 100,000-role graph half a million unread edges.
    const relationships = seedRelationships(seed);
    for (const type of Object.keys(relationshipEnds) as RelationshipType[]) {
      if (type === 'TRANSITIONS_TO') continue;
      const [fromKind, toKind] = relationshipEnds[type];
      const links: TypedLinks = { out: new Map(), in: new Map() };
      this.links.set(type, links);
      for (const { from, to, ...facts } of relationships[type]) {
        const [source, target] = [this.requireNode(fromKind, from), this.requireNode(toKind, to)];
        const attributes = { type, ...facts };
        append(links.out, from, { neighbour: target, attributes });
        append(links.in, to, { neighbour: source, attributes });
      }
    }
    this.transitions = new TransitionGraph(
      seed.transitions,
      seed.roles.map((role) => ({
        slug: role.slug,
        track: role.track,
        threshold: role.experience?.min ?? null,
      })),
    );
    for (const salary of seed.salaries) append(this.salaries, salary.role, salary);
    for (const list of this.salaries.values()) list.sort(bySalary);

    this.sorted = {
      roles: [...seed.roles].sort(byName),
      skills: [...seed.skills].sort(byName),
      technologies: [...seed.technologies].sort(byName),
      industries: [...seed.industries].sort(byName),
      sources: [...seed.sources].sort(byTitle),
    };
    const bySlug = (a: { slug: string }, b: { slug: string }) => compareText(a.slug, b.slug);
    for (const [kind, entities] of [
      ['Role', seed.roles],
      ['Skill', seed.skills],
      ['Technology', seed.technologies],
    ] as const)
      for (const entity of [...entities].sort(bySlug)) {
        const uri = ownConceptUri(entity);
        if (uri !== null && !this.byConceptUri.has(uri))
          this.byConceptUri.set(uri, { kind, slug: entity.slug });
      }
    this.searchIndex = new SearchIndex(searchEntriesOf(seed));
    this.relatedRolesIndex = new RelatedRolesIndex(roleProfilesOf(seed), { pairLists: true });
  }

  async nodesBySlug<K extends NodeKind>(kind: K, slugs: readonly string[]): Promise<(NodeKinds[K] | null)[]> {
    return slugs.map((slug) => this.node(kind, slug));
  }

  async nodesByExternalId(uris: readonly string[]): Promise<(NodeRef | null)[]> {
    return uris.map((uri) => this.byConceptUri.get(uri) ?? null);
  }

  async neighbours<R extends Relation>(
    relation: R,
    slugs: readonly string[],
    order: NeighbourOrder = 'relation',
  ): Promise<Relations[R][][]> {
    // Every list comes in the relation's order (relation-order.ts), unless asked otherwise: see orderedLinks.
    const follow = this.relations[relation] as (slug: string) => Relations[R][];
    if (order === 'relation') return slugs.map((slug) => [...follow(slug)]);
    // Synchronous from here to the reset: no other call can see the flag.
    this.ordering = false;
    try {
      return slugs.map((slug) => [...follow(slug)]);
    } finally {
      this.ordering = true;
    }
  }

  expand<K extends NodeKind>(kind: K, slugs: readonly string[], relations: readonly RelationOf<K>[]) {
    return expandByParts(this, kind, slugs, relations);
  }

  async listExpandedRoles(filter: RoleFilter, page: Page, relations: readonly RelationOf<'Role'>[]) {
    return expandPageByParts(this, 'Role', await this.listRoles(filter, page), relations);
  }

  async listRoles(filter: RoleFilter, page: Page): Promise<PageOf<RoleEntity>> {
    const unfiltered = !filter.family && !filter.seniority && !filter.track;
    return paginate(
      // Unfiltered, a page is a slice: filtering copies the whole list (100,000 roles) for every page.
      unfiltered
        ? this.sorted.roles
        : this.sorted.roles.filter(
            (role) =>
              (!filter.family || role.family === filter.family) &&
              (!filter.seniority || role.seniority === filter.seniority) &&
              (!filter.track || role.track === filter.track),
          ),
      page,
    );
  }

  async listSkills(filter: SkillFilter, page: Page): Promise<PageOf<SkillEntity>> {
    return paginate(
      filter.category
        ? this.sorted.skills.filter((skill) => skill.category === filter.category)
        : this.sorted.skills,
      page,
    );
  }

  async listTechnologies(kind: TechnologyKind | null, page: Page): Promise<PageOf<TechnologyEntity>> {
    return paginate(
      kind === null
        ? this.sorted.technologies
        : this.sorted.technologies.filter((technology) => technology.kind === kind),
      page,
    );
  }

  async listIndustries() {
    return [...this.sorted.industries];
  }

  async listSources() {
    return [...this.sorted.sources];
  }

  async careerPaths(query: CareerPathQuery): Promise<CareerPathResult[]> {
    return findCareerPaths(this.transitions, query);
  }

  async relatedRoles(slugs: readonly string[], limit: number): Promise<RelatedRoleResult[][]> {
    return slugs.map((slug) => this.relatedRolesIndex.related(slug, limit));
  }

  async search(query: SearchQuery): Promise<SearchResult[]> {
    return this.searchIndex.search(query);
  }

  async skillDemand(family: RoleFamily | null): Promise<SkillDemandEntry[]> {
    const counts = new Map<string, SkillDemandEntry>();
    for (const role of this.sorted.roles) {
      if (family !== null && role.family !== family) continue;
      for (const { neighbour, attributes } of this.edges('Role', role.slug, 'out', 'REQUIRES')) {
        const entry = counts.get(neighbour.slug) ?? emptyDemand(neighbour as SkillEntity);
        counts.set(neighbour.slug, countDemand(entry, attributes.importance as Importance));
      }
    }
    return [...counts.values()].sort(byDemand);
  }

  async technologyUsage(kind: TechnologyKind | null): Promise<TechnologyUsageEntry[]> {
    return this.sorted.technologies
      .filter((technology) => kind === null || technology.kind === kind)
      .map((technology) => ({
        technology,
        roles: this.edges('Technology', technology.slug, 'in', 'USES').length,
      }))
      .filter((entry) => entry.roles > 0)
      .sort(byUsage);
  }

  async transitionStats(): Promise<TransitionKindStats[]> {
    return transitionStatistics(this.transitions.all());
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async datasetMarker(): Promise<DatasetMarker> {
    // Hashed on first use: a start-up of a large graph does not wait for it.
    this.marker ??= this.identity
      ? { seededAt: this.loadedAt, ...this.identity }
      : datasetMarkerOf(this.seed, this.loadedAt);
    return this.marker;
  }

  async readiness(): Promise<StoreReadiness> {
    return { ready: true, dataset: await this.datasetMarker() };
  }

  async close(): Promise<void> {}

  private node<K extends NodeKind>(kind: K, slug: string): NodeKinds[K] | null {
    return (this.nodes.get(kind)?.get(slug) as NodeKinds[K] | undefined) ?? null;
  }

  private requireNode(kind: NodeKind, slug: string): NodeKinds[NodeKind] {
    const entity = this.nodes.get(kind)?.get(slug);
    // The seed's reference checks make this unreachable; a broken graph must not load half-linked.
    if (entity === undefined)
      throw new Error(`a link names ${kind} "${slug}", which the graph does not hold`);
    return entity;
  }

  /** Edges of one type at a node, with the node at the other end. */
  private edges(
    kind: NodeKind,
    slug: string,
    direction: 'out' | 'in' | 'both',
    type: RelationshipType,
  ): readonly Adjacent[] {
    const links = this.links.get(type);
    if (!links) return [];
    if (direction !== 'both') return links[direction].get(slug) ?? [];
    const self = this.nodes.get(kind)?.get(slug);
    // A link from a node to itself is listed once, as on a multigraph.
    const incoming = (links.in.get(slug) ?? []).filter((link) => link.neighbour !== self);
    return [...(links.out.get(slug) ?? []), ...incoming];
  }

  /**
   * One relation's items at a node, made from the node's stored links, in the relation's order
   * (relation-order.ts). The stored list is sorted in place on its first read (ties keep the order they
   * were stored in, as a stable sort of a copy would), so later reads make the items without sorting:
   * a role page sorted some 200 links on every request. A list made for this call alone (both
   * directions) is sorted each time.
   */
  private orderedLinks<R extends Relation>(
    relation: R,
    links: readonly Adjacent[],
    itemOf: (link: Adjacent) => Relations[R],
  ): Relations[R][] {
    const items = links.map(itemOf);
    if (items.length < 2 || !this.ordering || this.inOrder.has(links)) return items;
    const order = relationOrder[relation] as (a: Relations[R], b: Relations[R]) => number;
    const positions = items
      .map((_, index) => index)
      .sort((a, b) => order(items[a] as Relations[R], items[b] as Relations[R]) || a - b);
    const stored = links as Adjacent[];
    const sortedLinks = positions.map((position) => stored[position] as Adjacent);
    sortedLinks.forEach((link, index) => (stored[index] = link));
    this.inOrder.add(links);
    return positions.map((position) => items[position] as Relations[R]);
  }

  private neighbourNodes<R extends 'Role.levels'>(
    relation: R,
    kind: NodeKind,
    direction: 'out' | 'in',
    type: RelationshipType,
  ) {
    return (slug: string): Relations[R][] =>
      this.orderedLinks(
        relation,
        this.edges(kind, slug, direction, type),
        ({ neighbour }) => neighbour as Relations[R],
      );
  }

  /** The nodes at the other end of one type of link, each with the link's evidence. */
  private linkedNodes<R extends LinkedNodeRelation>(
    relation: R,
    kind: NodeKind,
    direction: 'out' | 'in' | 'both',
    type: RelationshipType,
  ) {
    return (slug: string): Relations[R][] =>
      this.orderedLinks(
        relation,
        this.edges(kind, slug, direction, type),
        ({ neighbour, attributes }) =>
          ({
            node: neighbour,
            sources: attributes.sources,
            evidence: attributes.evidence,
          }) as Relations[R],
      );
  }

  private roleSkillLinks(own: 'Role' | 'Skill') {
    return (slug: string): RoleSkillLink[] => {
      const self = this.node(own, slug);
      return this.orderedLinks(
        own === 'Role' ? 'Role.skills' : 'Skill.roles',
        this.edges(own, slug, own === 'Role' ? 'out' : 'in', 'REQUIRES'),
        ({ neighbour, attributes }) => ({
          role: (own === 'Role' ? self : neighbour) as RoleEntity,
          skill: (own === 'Skill' ? self : neighbour) as SkillEntity,
          importance: attributes.importance as Importance,
          inheritedFrom: attributes.inheritedFrom ?? null,
          sources: attributes.sources,
          evidence: attributes.evidence,
        }),
      );
    };
  }

  private roleTechnologyLinks(own: 'Role' | 'Technology') {
    return (slug: string): RoleTechnologyLink[] => {
      const self = this.node(own, slug);
      return this.orderedLinks(
        own === 'Role' ? 'Role.technologies' : 'Technology.roles',
        this.edges(own, slug, own === 'Role' ? 'out' : 'in', 'USES'),
        ({ neighbour, attributes }) => ({
          role: (own === 'Role' ? self : neighbour) as RoleEntity,
          technology: (own === 'Technology' ? self : neighbour) as TechnologyEntity,
          importance: attributes.importance as Importance,
          inheritedFrom: attributes.inheritedFrom ?? null,
          sources: attributes.sources,
          evidence: attributes.evidence,
        }),
      );
    };
  }

  private hiringLinks(own: 'Role' | 'Industry') {
    return (slug: string): HiringLink[] => {
      const self = this.node(own, slug);
      return this.orderedLinks(
        own === 'Role' ? 'Role.industries' : 'Industry.roles',
        this.edges(own, slug, own === 'Industry' ? 'out' : 'in', 'HIRES'),
        ({ neighbour, attributes }) => ({
          industry: (own === 'Industry' ? self : neighbour) as NodeKinds['Industry'],
          role: (own === 'Role' ? self : neighbour) as RoleEntity,
          emphasis: attributes.emphasis ?? null,
          sources: attributes.sources,
          evidence: attributes.evidence,
        }),
      );
    };
  }

  private readonly relations: { [R in Relation]: (slug: string) => readonly Relations[R][] } = {
    'Role.skills': this.roleSkillLinks('Role'),
    'Role.technologies': this.roleTechnologyLinks('Role'),
    'Role.nextRoles': (slug) => this.transitions.outgoing(slug),
    'Role.previousRoles': (slug) => this.transitions.incoming(slug),
    'Role.levels': this.neighbourNodes('Role.levels', 'Role', 'in', 'LEVEL_OF'),
    'Role.salaries': (slug) => this.salaries.get(slug) ?? [],
    'Role.industries': this.hiringLinks('Role'),
    'Industry.roles': this.hiringLinks('Industry'),
    'Skill.roles': this.roleSkillLinks('Skill'),
    'Skill.technologies': this.linkedNodes('Skill.technologies', 'Skill', 'out', 'APPLIES'),
    'Skill.prerequisites': this.linkedNodes('Skill.prerequisites', 'Skill', 'in', 'PREREQUISITE_OF'),
    'Skill.unlocks': this.linkedNodes('Skill.unlocks', 'Skill', 'out', 'PREREQUISITE_OF'),
    'Skill.relatedSkills': this.linkedNodes('Skill.relatedSkills', 'Skill', 'both', 'RELATED_TO'),
    'Technology.roles': this.roleTechnologyLinks('Technology'),
    'Technology.skills': this.linkedNodes('Technology.skills', 'Technology', 'in', 'APPLIES'),
    'Technology.languages': this.linkedNodes('Technology.languages', 'Technology', 'out', 'WRITTEN_IN'),
    'Technology.frameworks': this.linkedNodes('Technology.frameworks', 'Technology', 'in', 'WRITTEN_IN'),
  };
}

/** The relations whose items are linked nodes with their evidence. */
type LinkedNodeRelation =
  | 'Skill.technologies'
  | 'Skill.prerequisites'
  | 'Skill.unlocks'
  | 'Skill.relatedSkills'
  | 'Technology.skills'
  | 'Technology.languages'
  | 'Technology.frameworks';

/** Adds to a list in place: copying it on every addition is quadratic in a busy node's degree. */
function append<T>(lists: Map<string, T[]>, slug: string, item: T): void {
  const list = lists.get(slug);
  if (list) list.push(item);
  else lists.set(slug, [item]);
}

interface MutableProfile {
  slug: string;
  skills: ProfileFeature[];
  technologies: ProfileFeature[];
  transitionPartners: string[];
}

/** Every role's skills, technologies and transition partners: what similarity is computed from. */
function roleProfilesOf(seed: SeedGraph): RoleProfile[] {
  const profiles = new Map<string, MutableProfile>(
    seed.roles.map((role) => [
      role.slug,
      { slug: role.slug, skills: [], technologies: [], transitionPartners: [] },
    ]),
  );
  const concepts = seedConcepts(seed);
  for (const r of seed.requirements)
    profiles.get(r.role)?.skills.push({
      slug: r.target,
      importance: r.importance,
      concept: concepts.skills.get(r.target) as string,
    });
  for (const l of seed.roleTechnologies)
    profiles.get(l.role)?.technologies.push({
      slug: l.target,
      importance: l.importance,
      concept: concepts.technologies.get(l.target) as string,
    });
  for (const t of seed.transitions) {
    profiles.get(t.from)?.transitionPartners.push(t.to);
    profiles.get(t.to)?.transitionPartners.push(t.from);
  }
  return [...profiles.values()];
}

function paginate<T>(items: readonly T[], page: Page): PageOf<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), totalCount: items.length };
}
