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
import type { RelatedRoleResult, RoleProfile } from '../../domain/similarity';
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
import { groupedExactly } from '../grouped';
import { TransitionGraph } from '../transition-graph';
import { relationshipEnds, seedRelationshipsOf, type RelationshipType } from '../seed-relationships';

/**
 * A relation whose links read the same from either end (a role's requirement of a skill is that skill's
 * requirement by the role): one item per link, with both ends, held in the lists of both.
 */
interface BothEnds<T> {
  /** By the slug of the link's first end (the role; for hiring, the industry). */
  readonly out: Map<string, T[]>;
  /** By the slug of its other end. */
  readonly in: Map<string, T[]>;
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
  // Requirements, uses and hiring are most of a graph's links (700,000 at 100,000 roles): each is one
  // item, made once, and read as it is from either end; a read made an item per link on every request.
  private readonly requirements: BothEnds<RoleSkillLink>;
  private readonly uses: BothEnds<RoleTechnologyLink>;
  private readonly hiring: BothEnds<HiringLink>;
  /**
   * The other relations' items (few: prerequisites, related skills, a framework's languages, ...), by
   * relation, then by the slug of the node whose list they are.
   */
  private readonly fewLinks = new Map<Relation, Map<string, unknown[]>>();
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
  /** The concept each skill and technology stands for (domain/same-concept.ts), for role profiles. */
  private readonly concepts: ReturnType<typeof seedConcepts>;
  private readonly byConceptUri = new Map<string, NodeRef>();
  /** Stored lists of links already in their relation's order (each is put in order on its first read). */
  private readonly inOrder = new WeakSet<readonly unknown[]>();
  /**
   * False while a `neighbours(..., 'any')` call reads: measuring every list at start-up (list prices)
   * would otherwise sort every list of the graph, seconds at 100,000 roles, before anyone asks for one.
   */
  private ordering = true;

  private readonly loadedAt = new Date().toISOString();
  private marker: DatasetMarker | undefined;
  /**
   * The seed itself, kept only to work out its identity on first use. With the identity given it is let
   * go: its links (700,000 at 100,000 roles) are held again, as items, in the lists above.
   */
  private readonly seed: SeedGraph | null;

  /** `identity`: the seed's hash and counts when already known (a cached seed), else worked out on first use. */
  constructor(
    seed: SeedGraph,
    private readonly identity?: DatasetIdentity,
  ) {
    this.seed = identity === undefined ? seed : null;
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

    this.requirements = bothEnds(
      seed.requirements.map((link) => ({
        role: this.requireNode('Role', link.role) as RoleEntity,
        skill: this.requireNode('Skill', link.target) as SkillEntity,
        importance: link.importance,
        inheritedFrom: link.inheritedFrom ?? null,
        sources: link.sources,
        evidence: link.evidence,
      })),
      (link) => link.role.slug,
      (link) => link.skill.slug,
    );
    this.uses = bothEnds(
      seed.roleTechnologies.map((link) => ({
        role: this.requireNode('Role', link.role) as RoleEntity,
        technology: this.requireNode('Technology', link.target) as TechnologyEntity,
        importance: link.importance,
        inheritedFrom: link.inheritedFrom ?? null,
        sources: link.sources,
        evidence: link.evidence,
      })),
      (link) => link.role.slug,
      (link) => link.technology.slug,
    );
    this.hiring = bothEnds(
      seed.hires.map((hire) => ({
        industry: this.requireNode('Industry', hire.industry) as NodeKinds['Industry'],
        role: this.requireNode('Role', hire.role) as RoleEntity,
        emphasis: hire.emphasis ?? null,
        sources: hire.sources,
        evidence: hire.evidence,
      })),
      (link) => link.industry.slug,
      (link) => link.role.slug,
    );
    for (const [type, outward, inward] of fewLinkRelations) this.holdFewLinks(seed, type, outward, inward);
    // Transitions (TRANSITIONS_TO) are held only in two indexes, which career paths and the role
    // relations read: as graph edges they would cost a 100,000-role graph half a million unread edges.
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
    // A concept claimed by several nodes of a kind goes to the first by slug; kinds in this order. Kept
    // as the least slug seen, not by sorting every kind's nodes (100,000 roles) to take the first.
    for (const [kind, entities] of [
      ['Role', seed.roles],
      ['Skill', seed.skills],
      ['Technology', seed.technologies],
    ] as const) {
      const claims = new Map<string, NodeRef>();
      for (const entity of entities) {
        const uri = ownConceptUri(entity);
        if (uri === null || this.byConceptUri.has(uri)) continue;
        const held = claims.get(uri);
        if (held === undefined || compareText(entity.slug, held.slug) < 0)
          claims.set(uri, { kind, slug: entity.slug });
      }
      for (const [uri, ref] of claims) this.byConceptUri.set(uri, ref);
    }
    this.searchIndex = new SearchIndex(searchEntriesOf(seed));
    this.concepts = seedConcepts(seed);
    this.relatedRolesIndex = new RelatedRolesIndex(
      seed.roles.map((role) => role.slug),
      (slug) => this.roleProfile(slug),
      { pairLists: true },
    );
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
    // Every list comes in the relation's order (relation-order.ts), unless asked otherwise: see storedItems.
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
      for (const { skill, importance } of this.requirements.out.get(role.slug) ?? []) {
        const entry = counts.get(skill.slug) ?? emptyDemand(skill);
        counts.set(skill.slug, countDemand(entry, importance));
      }
    }
    return [...counts.values()].sort(byDemand);
  }

  async technologyUsage(kind: TechnologyKind | null): Promise<TechnologyUsageEntry[]> {
    return this.sorted.technologies
      .filter((technology) => kind === null || technology.kind === kind)
      .map((technology) => ({
        technology,
        roles: this.uses.in.get(technology.slug)?.length ?? 0,
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
    this.marker ??=
      this.identity !== undefined
        ? { seededAt: this.loadedAt, ...this.identity }
        : datasetMarkerOf(this.seed as SeedGraph, this.loadedAt);
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

  /**
   * What similarity reads of a role (domain/similarity.ts), made from the links held: its skills and
   * technologies with their concepts, and the roles it moves to or from.
   */
  private roleProfile(slug: string): RoleProfile {
    const feature = (
      node: { slug: string },
      importance: Importance,
      concepts: ReadonlyMap<string, string>,
    ) => ({
      slug: node.slug,
      importance,
      concept: concepts.get(node.slug) as string,
    });
    return {
      slug,
      skills: (this.requirements.out.get(slug) ?? []).map((link) =>
        feature(link.skill, link.importance, this.concepts.skills),
      ),
      technologies: (this.uses.out.get(slug) ?? []).map((link) =>
        feature(link.technology, link.importance, this.concepts.technologies),
      ),
      transitionPartners: this.transitionPartners(slug),
    };
  }

  private transitionPartners(slug: string): string[] {
    const partners: string[] = [];
    for (const transition of this.transitions.outgoing(slug)) partners.push(transition.to);
    for (const transition of this.transitions.incoming(slug)) partners.push(transition.from);
    return partners;
  }

  /**
   * One of the few-link types' relationships as the relations at its ends read them: `outward` lists
   * each at its source, `inward` at its target (a relation read in both directions, related skills, lists
   * a link from a node to itself once, as on a multigraph). Items are the linked node with the link's
   * evidence, or for a role's levels the node itself. Sources' lists come first, so a node linked both
   * ways lists its outgoing link first, as the relation's order leaves ties.
   */
  private holdFewLinks(
    seed: SeedGraph,
    type: RelationshipType,
    outward: Relation | null,
    inward: Relation | null,
  ): void {
    const [fromKind, toKind] = relationshipEnds[type];
    const links = seedRelationshipsOf(seed, type).map((link) => ({
      from: this.requireNode(fromKind, link.from),
      to: this.requireNode(toKind, link.to),
      sources: link.sources,
      evidence: link.evidence,
    }));
    const hold = (
      relation: Relation,
      slug: string,
      node: NodeKinds[NodeKind],
      link: (typeof links)[number],
    ) => {
      let lists = this.fewLinks.get(relation);
      if (lists === undefined) this.fewLinks.set(relation, (lists = new Map()));
      append(
        lists,
        slug,
        relation === 'Role.levels' ? node : { node, sources: link.sources, evidence: link.evidence },
      );
    };
    if (outward !== null) for (const link of links) hold(outward, link.from.slug, link.to, link);
    if (inward !== null)
      for (const link of links)
        if (inward !== outward || link.from !== link.to) hold(inward, link.to.slug, link.from, link);
  }

  /**
   * A relation whose stored items are its answer (`lists` is read on each call: the relations table is
   * made before the constructor fills the lists): the stored list is put in the relation's order on its
   * first read (a stable sort, so ties keep the order they were stored in), and read as it is after.
   */
  private storedItems<R extends Relation, T extends Relations[R]>(
    relation: R,
    lists: () => Map<string, T[]>,
  ) {
    return (slug: string): readonly T[] => {
      const stored = lists().get(slug);
      if (stored === undefined) return [];
      if (stored.length >= 2 && this.ordering && !this.inOrder.has(stored)) {
        stored.sort(relationOrder[relation] as (a: T, b: T) => number);
        this.inOrder.add(stored);
      }
      return stored;
    };
  }

  /** A few-link relation's items (holdFewLinks), in the relation's order. */
  private fewLinkItems<R extends Relation>(relation: R) {
    return this.storedItems(
      relation,
      () => (this.fewLinks.get(relation) ?? noLinks) as Map<string, Relations[R][]>,
    );
  }

  private readonly relations: { [R in Relation]: (slug: string) => readonly Relations[R][] } = {
    'Role.skills': this.storedItems('Role.skills', () => this.requirements.out),
    'Role.technologies': this.storedItems('Role.technologies', () => this.uses.out),
    'Role.nextRoles': (slug) => this.transitions.outgoing(slug),
    'Role.previousRoles': (slug) => this.transitions.incoming(slug),
    'Role.levels': this.fewLinkItems('Role.levels'),
    'Role.salaries': (slug) => this.salaries.get(slug) ?? [],
    'Role.industries': this.storedItems('Role.industries', () => this.hiring.in),
    'Industry.roles': this.storedItems('Industry.roles', () => this.hiring.out),
    'Skill.roles': this.storedItems('Skill.roles', () => this.requirements.in),
    'Skill.technologies': this.fewLinkItems('Skill.technologies'),
    'Skill.prerequisites': this.fewLinkItems('Skill.prerequisites'),
    'Skill.unlocks': this.fewLinkItems('Skill.unlocks'),
    'Skill.relatedSkills': this.fewLinkItems('Skill.relatedSkills'),
    'Technology.roles': this.storedItems('Technology.roles', () => this.uses.in),
    'Technology.skills': this.fewLinkItems('Technology.skills'),
    'Technology.languages': this.fewLinkItems('Technology.languages'),
    'Technology.frameworks': this.fewLinkItems('Technology.frameworks'),
  };
}

/** The lists of a few-link relation no link of the graph has. */
const noLinks = new Map<string, never[]>();

/**
 * The few-link types and the relations reading them: at the link's source, at its target (null where no
 * relation reads that end).
 */
const fewLinkRelations: readonly (readonly [RelationshipType, Relation | null, Relation | null])[] = [
  ['LEVEL_OF', null, 'Role.levels'],
  ['PREREQUISITE_OF', 'Skill.unlocks', 'Skill.prerequisites'],
  ['RELATED_TO', 'Skill.relatedSkills', 'Skill.relatedSkills'],
  ['APPLIES', 'Skill.technologies', 'Technology.skills'],
  ['WRITTEN_IN', 'Technology.languages', 'Technology.frameworks'],
];

function bothEnds<T>(
  items: readonly T[],
  first: (item: T) => string,
  other: (item: T) => string,
): BothEnds<T> {
  return { out: groupedExactly(items, first), in: groupedExactly(items, other) };
}

/** Adds to a list in place: copying it on every addition is quadratic in a busy node's degree. */
function append<T>(lists: Map<string, T[]>, slug: string, item: T): void {
  const list = lists.get(slug);
  if (list) list.push(item);
  else lists.set(slug, [item]);
}

function paginate<T>(items: readonly T[], page: Page): PageOf<T> {
  return { items: items.slice(page.offset, page.offset + page.limit), totalCount: items.length };
}
