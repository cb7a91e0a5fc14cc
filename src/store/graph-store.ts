import type {
  HiringLink,
  IndustryEntity,
  LinkedNode,
  RoleEntity,
  RoleSkillLink,
  RoleTechnologyLink,
  SalaryEntity,
  SkillEntity,
  SourceEntity,
  TechnologyEntity,
  TransitionEntity,
} from '../domain/entities';
import type { CareerPathQuery, CareerPathResult } from '../domain/career-paths';
import type { RelatedRoleResult } from '../domain/similarity';
import type { DatasetMarker, StoreReadiness } from './dataset-marker';
import type { ReadFields } from './read-fields';
import type { SearchMatch } from '../domain/search-scoring';
import type { SkillDemandEntry, TechnologyUsageEntry, TransitionKindStats } from '../domain/analytics';
import type {
  EntityKind,
  Importance,
  RoleFamily,
  Seniority,
  SkillCategory,
  TechnologyKind,
  Track,
} from '../domain/enums';

/** The node kinds a store looks up by slug, and what it returns for each. */
export interface NodeKinds {
  Role: RoleEntity;
  Skill: SkillEntity;
  Technology: TechnologyEntity;
  Industry: IndustryEntity;
  Source: SourceEntity;
}
export type NodeKind = keyof NodeKinds;

/**
 * Every relationship the API follows, named `Owner.field`, and what one neighbour looks like.
 * Each list is in the order domain/ordering.ts defines (nodes by name; links as commented).
 */
export interface Relations {
  /** REQUIRES, own and inherited from the occupation; strongest grade first, then by skill name. */
  'Role.skills': RoleSkillLink;
  /** USES, own and inherited; by technology name. */
  'Role.technologies': RoleTechnologyLink;
  /** TRANSITIONS_TO, outgoing, own and inherited; by target slug. */
  'Role.nextRoles': TransitionEntity;
  /** TRANSITIONS_TO, incoming; by source slug. */
  'Role.previousRoles': TransitionEntity;
  /** LEVEL_OF, incoming: the levels of an occupation; by the experience they ask for, then name. */
  'Role.levels': RoleEntity;
  /** PAYS; by region, currency, period, min, max, source. */
  'Role.salaries': SalaryEntity;
  /** HIRES, incoming; by industry name. */
  'Role.industries': HiringLink;
  /** HIRES, outgoing; by role name. */
  'Industry.roles': HiringLink;
  /** REQUIRES, incoming, own and inherited; strongest grade first, then by role name. */
  'Skill.roles': RoleSkillLink;
  /** APPLIES, with the link's evidence; by technology name. */
  'Skill.technologies': LinkedNode<TechnologyEntity>;
  /** PREREQUISITE_OF, incoming: what to learn before this skill. */
  'Skill.prerequisites': LinkedNode<SkillEntity>;
  /** PREREQUISITE_OF, outgoing: what this skill opens up. */
  'Skill.unlocks': LinkedNode<SkillEntity>;
  /** RELATED_TO, either direction. */
  'Skill.relatedSkills': LinkedNode<SkillEntity>;
  /** USES, incoming, own and inherited; by role name. */
  'Technology.roles': RoleTechnologyLink;
  /** APPLIES, incoming. */
  'Technology.skills': LinkedNode<SkillEntity>;
  /** WRITTEN_IN, outgoing (frameworks, libraries and runtimes to their languages). */
  'Technology.languages': LinkedNode<TechnologyEntity>;
  /** WRITTEN_IN, incoming (a language's frameworks, libraries and runtimes). */
  'Technology.frameworks': LinkedNode<TechnologyEntity>;
}
export type Relation = keyof Relations;
/** The relations owned by one node kind: `RelationOf<'Role'>` is 'Role.skills' | 'Role.nextRoles' | .... */
export type RelationOf<K extends NodeKind> = Extract<Relation, `${K}.${string}`>;

/** A node with some of its relations, read together so that nested fields need no further store call. */
export interface ExpandedNode<K extends NodeKind> {
  readonly node: NodeKinds[K];
  /** One list per relation asked for, ordered as `neighbours` orders it; absent for the others. */
  readonly relations: { readonly [R in RelationOf<K>]?: Relations[R][] };
  /** The roles at the far end of expanded transitions (nextRoles, previousRoles), by slug. */
  readonly linkedRoles: readonly RoleEntity[];
}

/** A node named by kind and slug. */
export interface NodeRef {
  readonly kind: 'Role' | 'Skill' | 'Technology';
  readonly slug: string;
}

export interface Page {
  readonly offset: number;
  readonly limit: number;
}

export interface PageOf<T> {
  readonly items: readonly T[];
  /** How many match the filter in all, not only on this page. */
  readonly totalCount: number;
}

export interface RoleFilter {
  readonly family?: RoleFamily | null;
  readonly seniority?: Seniority | null;
  readonly track?: Track | null;
}

export interface SkillFilter {
  readonly category?: SkillCategory | null;
}

export interface SearchQuery {
  readonly text: string;
  /** Every kind when null or empty. */
  readonly kinds: readonly EntityKind[] | null;
  readonly limit: number;
  /** Hits scoring below this are left out (domain/search-scoring.ts: relevanceFloor by default in the API). */
  readonly minScore: number;
}

export interface SearchResult {
  readonly kind: NodeKind;
  readonly slug: string;
  /** Absolute relevance in [0, 1], the same for the same match in any query (domain/search-scoring.ts). */
  readonly score: number;
  /** How the text matched the node's best name. */
  readonly match: SearchMatch;
}

export interface RequirementCount {
  readonly skill: SkillEntity;
  readonly importance: Importance;
  readonly roles: number;
}

/** How `GraphStore.neighbours` orders each list: by the relation's order, or however the store holds it. */
export type NeighbourOrder = 'relation' | 'any';

/**
 * The only way the API reaches data. Batch methods take keys and answer one result per key, in key
 * order, so a DataLoader can call them directly. Every store passes test/contract and gives the same
 * answers on the seed graph.
 */
export interface GraphStore {
  /** A short name for logs and /readyz: "memory" or "neo4j". */
  readonly name: string;

  /**
   * This store for one request that shows only some costly facts (read-fields.ts): nodes and links come
   * back with the others empty. Optional: a store without it (the embedded one, where nothing is
   * costlier to read than anything else) is used as it is.
   */
  withFields?(fields: ReadFields): GraphStore;

  /** The nodes of one kind with these slugs; null where a slug is unknown. */
  nodesBySlug<K extends NodeKind>(kind: K, slugs: readonly string[]): Promise<(NodeKinds[K] | null)[]>;

  /**
   * The node that is each external concept (its own EXACT id, domain/same-concept.ts ownConceptUri),
   * not the nodes merely crosswalked to it; null where no node is. On a tie, the first by kind, then slug.
   */
  nodesByExternalId(uris: readonly string[]): Promise<(NodeRef | null)[]>;

  /**
   * The neighbours of each node along one relation; an empty list where a slug is unknown. Each list
   * comes in the relation's order (relation-order.ts), unless `order` is 'any': a caller that only
   * measures the lists (list prices) lets a store skip ordering what no one reads in order.
   */
  neighbours<R extends Relation>(
    relation: R,
    slugs: readonly string[],
    order?: NeighbourOrder,
  ): Promise<Relations[R][][]>;

  /**
   * Nodes with the relations a query will ask for next (the API looks ahead at the selection): one
   * statement on Neo4j instead of one per nesting level. Null where a slug is unknown.
   */
  expand<K extends NodeKind>(
    kind: K,
    slugs: readonly string[],
    relations: readonly RelationOf<K>[],
  ): Promise<(ExpandedNode<K> | null)[]>;

  /** Roles matching the filter, by name. */
  listRoles(filter: RoleFilter, page: Page): Promise<PageOf<RoleEntity>>;
  /** listRoles, each role expanded as `expand` does. */
  listExpandedRoles(
    filter: RoleFilter,
    page: Page,
    relations: readonly RelationOf<'Role'>[],
  ): Promise<PageOf<ExpandedNode<'Role'>>>;
  /** Skills matching the filter, by name. */
  listSkills(filter: SkillFilter, page: Page): Promise<PageOf<SkillEntity>>;
  /** Technologies of one kind (all when null), by name. */
  listTechnologies(kind: TechnologyKind | null, page: Page): Promise<PageOf<TechnologyEntity>>;
  /** All industries, by name. */
  listIndustries(): Promise<IndustryEntity[]>;
  /** All sources, by title. */
  listSources(): Promise<SourceEntity[]>;

  /** Ranked loop-free paths between two known roles, under domain/career-paths.ts semantics. */
  careerPaths(query: CareerPathQuery): Promise<CareerPathResult[]>;
  /**
   * The roles most similar to each role, best first, at most `limit` each, as domain/similarity.ts
   * ranks them; an empty list where a slug is unknown. Costs each role's neighbourhood, not the graph.
   */
  relatedRoles(slugs: readonly string[], limit: number): Promise<RelatedRoleResult[][]>;
  /** Name and alias search (domain/search-scoring.ts), best first; ties: the guides' nodes before a classification's, then by kind and slug (search-index.ts tieOrderOf). */
  search(query: SearchQuery): Promise<SearchResult[]>;

  /** Every skill some role (of `family`, when set) requires, with exact counts; most demanded first (domain/analytics.ts). */
  skillDemand(family: RoleFamily | null): Promise<SkillDemandEntry[]>;
  /** Every technology some role uses (of `kind`, when set), with exact counts; most used first. */
  technologyUsage(kind: TechnologyKind | null): Promise<TechnologyUsageEntry[]>;
  /** Counts and typical years per kind of career move. */
  transitionStats(): Promise<TransitionKindStats[]>;

  /** Whether the database can be reached now (not whether it holds a dataset: see readiness). */
  ping(): Promise<boolean>;
  /**
   * The marker the last complete seed wrote; null when the store holds no seeded dataset (a Neo4j that
   * came back empty). Fails with StoreUnavailableError when the database cannot be reached.
   */
  datasetMarker(): Promise<DatasetMarker | null>;
  /** Ready means reachable, migrated and seeded; otherwise the reason, for /readyz. Never throws. */
  readiness(): Promise<StoreReadiness>;
  close(): Promise<void>;
}
