import {
  transitionStatistics,
  byDemand,
  byUsage,
  countDemand,
  emptyDemand,
  type SkillDemandEntry,
  type TechnologyUsageEntry,
  type TransitionKindStats,
} from '../../domain/analytics';
import { findCareerPaths, type CareerPathQuery, type CareerPathResult } from '../../domain/career-paths';
import type { LinkedNode, RoleEntity, SkillEntity, TechnologyEntity } from '../../domain/entities';
import {
  TransitionKind,
  valuesOf,
  type Importance,
  type RoleFamily,
  type TechnologyKind,
} from '../../domain/enums';
import { byName, byTitle, compareText } from '../../domain/ordering';
import { RelatedRolesIndex } from '../../domain/related-roles-index';
import type { RelatedRoleResult, RoleProfile } from '../../domain/similarity';
import type {
  ExpandedNode,
  GraphStore,
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
import { orderNeighbours } from '../relation-order';
import type { SearchIndex } from '../search-index';
import type { TransitionGraph } from '../transition-graph';
import type { DatasetMarker, StoreReadiness } from '../dataset-marker';
import * as cypher from './cypher';
import type { Neo4jClient } from './neo4j-client';
import { DatasetReadModel, DatasetVersion } from './dataset-read-model';
import { evidenceOf, fromJson, textList, toEntity, toTransition, yearsOf } from './neo4j-records';
import { allFields, type ReadFields } from '../read-fields';
import { loadSearchIndex } from './neo4j-search-index';
import { loadTransitionGraph } from './neo4j-transition-graph';
import { migrations } from './write-cypher';

type Row = Record<string, unknown>;

/**
 * How each relation's raw items become the entities the port promises. `owner` is the node the items
 * belong to, as a row carries it (statements leave it out of every item): a raw map where the link
 * holds the entity, else only its slug is at hand.
 */
type ItemConverter<R extends Relation> = (item: Row, owner: Owner) => Relations[R];

/**
 * The node a relation's items belong to, converted to an entity once however many items name it: a
 * role's hundred skills each converted the role again (its evidence and facts parsed from JSON), a
 * third of a 100-role list's time in the store.
 */
class Owner {
  private readonly converted = new Map<NodeKind, NodeKinds[NodeKind]>();

  constructor(
    readonly slug: string,
    private readonly node: Row | null,
  ) {}

  as<K extends NodeKind>(kind: K): NodeKinds[K] {
    let entity = this.converted.get(kind);
    if (entity === undefined) {
      entity = (toEntity[kind] as (p: Row) => NodeKinds[K])(this.node as Row);
      this.converted.set(kind, entity);
    }
    return entity as NodeKinds[K];
  }
}

/** A graded link's own facts (importance, inheritance, evidence) from a row item. */
const gradedFacts = (i: Row) => ({
  importance: i.importance as Importance,
  inheritedFrom: (i.inheritedFrom ?? null) as string | null,
  sources: textList(i.sources),
  evidence: evidenceOf(i),
});

/** A role's requirement of a skill, with the link's own facts from the row item. */
const requirement = (role: RoleEntity, skill: NodeKinds['Skill'], link: Row) => ({
  role,
  skill,
  ...gradedFacts(link),
});

/** A role's use of a technology, with the link's own facts from the row item. */
const use = (role: RoleEntity, technology: NodeKinds['Technology'], link: Row) => ({
  role,
  technology,
  ...gradedFacts(link),
});

/** A sourced link's neighbour, with the link's evidence. */
const linkedNode =
  <K extends 'Skill' | 'Technology'>(kind: K) =>
  (i: Row): LinkedNode<NodeKinds[K]> => ({
    node: (toEntity[kind] as (p: Row) => NodeKinds[K])(i.node as Row),
    sources: textList(i.sources),
    evidence: evidenceOf(i),
  });

const relationItem: { [R in Relation]: ItemConverter<R> } = {
  'Role.skills': (i, owner) => requirement(owner.as('Role'), toEntity.Skill(i.skill as Row), i),
  'Skill.roles': (i, owner) => requirement(toEntity.Role(i.role as Row), owner.as('Skill'), i),
  'Role.technologies': (i, owner) => use(owner.as('Role'), toEntity.Technology(i.technology as Row), i),
  'Technology.roles': (i, owner) => use(toEntity.Role(i.role as Row), owner.as('Technology'), i),
  'Role.nextRoles': (i) => toTransition(i),
  'Role.previousRoles': (i) => toTransition(i),
  'Role.levels': (i) => toEntity.Role(i),
  'Role.salaries': (i, owner) => ({
    role: owner.slug,
    region: i.region as string,
    currency: i.currency as string,
    min: i.min as number,
    max: i.max as number,
    period: i.period as Relations['Role.salaries']['period'],
    source: i.source as string,
    experience: yearsOf(i.experienceMin, i.experienceMax),
    sources: textList(i.sources),
    evidence: evidenceOf(i),
  }),
  'Role.industries': (i, owner) => toHiring(toEntity.Industry(i.industry as Row), owner.as('Role'), i),
  'Industry.roles': (i, owner) => toHiring(owner.as('Industry'), toEntity.Role(i.role as Row), i),
  'Skill.technologies': linkedNode('Technology'),
  'Skill.prerequisites': linkedNode('Skill'),
  'Skill.unlocks': linkedNode('Skill'),
  'Skill.relatedSkills': linkedNode('Skill'),
  'Technology.skills': linkedNode('Skill'),
  'Technology.languages': linkedNode('Technology'),
  'Technology.frameworks': linkedNode('Technology'),
};

/** A relation's items for one owner, converted and in the port's order. */
function itemsOf<R extends Relation>(relation: R, items: Row[], owner: Owner) {
  const convert = relationItem[relation] as ItemConverter<R>;
  return orderNeighbours(relation, [items.map((item) => convert(item, owner))])[0] as Relations[R][];
}

function toHiring(
  industry: NodeKinds['Industry'],
  role: RoleEntity,
  link: Row,
): Relations['Role.industries'] {
  return {
    industry,
    role,
    emphasis: (link.emphasis ?? null) as string | null,
    sources: textList(link.sources),
    evidence: evidenceOf(link),
  };
}

const roleFilterParameters = (filter: RoleFilter) => ({
  family: filter.family ?? null,
  seniority: filter.seniority ?? null,
  track: filter.track ?? null,
});

/** A node and its relations from a row of cypher.expandNodes (or an item of listExpandedRoles). */
function expandedFrom<K extends NodeKind>(
  kind: K,
  relations: readonly RelationOf<K>[],
  row: Row,
): ExpandedNode<K> {
  const node = row.node as Row;
  const owner = new Owner(node.slug as string, node);
  const expanded: { [R in Relation]?: Relations[R][] } = {};
  const linkedRoles = new Map<string, RoleEntity>();
  relations.forEach((relation, index) => {
    const column = row[`items${index}`] as Row[];
    // Transitions come as {link, role}, with the role they lead to; other neighbours as they are.
    const far = cypher.linksFarRole.has(relation);
    const links = far ? column.map((entry) => entry.link as Row) : column;
    (expanded as Record<string, unknown>)[relation] = itemsOf(relation, links, owner);
    if (far)
      for (const { role } of column as { role: Row }[])
        if (!linkedRoles.has(role.slug as string)) linkedRoles.set(role.slug as string, toEntity.Role(role));
  });
  return {
    node: owner.as(kind),
    relations: expanded,
    linkedRoles: [...linkedRoles.values()],
  };
}

function toProfile(p: Row): RoleProfile {
  return {
    slug: p.slug as string,
    skills: p.skills as { slug: string; importance: Importance; concept: string }[],
    technologies: p.technologies as { slug: string; importance: Importance; concept: string }[],
    transitionPartners: p.transitionPartners as string[],
  };
}

/** The dataset marker in a datasetState row; null when the seed never wrote one. */
function markerOf(row: Row | undefined): DatasetMarker | null {
  if (typeof row?.hash !== 'string') return null;
  return {
    seededAt: String(row.seededAt),
    hash: row.hash,
    // A marker written before releases were versioned has none: its dataset is unversioned.
    version: typeof row.version === 'string' ? row.version : '0.0.0',
    builtAt: typeof row.builtAt === 'string' ? row.builtAt : String(row.seededAt).slice(0, 10),
    counts: fromJson<DatasetMarker['counts']>(row.counts, []),
  };
}

/** Re-maps rows to keys: UNWIND does not promise order, and unknown keys get no row at all. */
function byKey<T>(slugs: readonly string[], rows: Row[], value: (row: Row) => T, missing: () => T): T[] {
  const found = new Map(rows.map((row) => [row.slug as string, value(row)]));
  return slugs.map((slug) => (found.has(slug) ? (found.get(slug) as T) : missing()));
}

/**
 * The GraphStore on Neo4j. Lookups and relations are one UNWIND statement per batch; lists, search and
 * analytics are aggregated in Cypher; path ranking and similarity run the same domain code as the
 * embedded store over data read here.
 */
export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j';

  /** The statements that read nodes and links: all their facts, unless this is a view from withFields. */
  private readonly statements: cypher.NodeStatements = cypher.nodeStatementsFor(allFields);
  private readonly searchIndex: DatasetReadModel<SearchIndex>;
  private readonly transitions: DatasetReadModel<TransitionGraph>;

  /**
   * `datasetRefreshMs`: how often the models kept in process (the search index, the transition graph)
   * check that they still match the data (dataset-read-model.ts).
   */
  constructor(
    private readonly client: Neo4jClient,
    options: { readonly datasetRefreshMs?: number } = {},
  ) {
    const version = new DatasetVersion(client, options.datasetRefreshMs);
    this.searchIndex = new DatasetReadModel(version, () => loadSearchIndex(client));
    this.transitions = new DatasetReadModel(version, () => loadTransitionGraph(client));
  }

  /**
   * This store, reading only the costly facts a request shows: a view sharing the client and the read
   * models, whose node and link statements project fewer properties (less to read, send and parse).
   */
  withFields(fields: ReadFields): GraphStore {
    const view = Object.create(this) as Neo4jStore;
    Object.defineProperty(view, 'statements', { value: cypher.nodeStatementsFor(fields) });
    return view;
  }

  async nodesBySlug<K extends NodeKind>(kind: K, slugs: readonly string[]): Promise<(NodeKinds[K] | null)[]> {
    if (slugs.length === 0) return [];
    const rows = await this.client.read(this.statements.nodesBySlug[kind], { slugs: [...new Set(slugs)] });
    const convert = toEntity[kind] as (p: Row) => NodeKinds[K];
    return byKey(
      slugs,
      rows,
      (row) => convert(row.node as Row),
      () => null,
    );
  }

  async nodesByExternalId(uris: readonly string[]): Promise<(NodeRef | null)[]> {
    if (uris.length === 0) return [];
    const rows = await this.client.read(cypher.nodesByExternalId, { uris: [...new Set(uris)] });
    const found = new Map<string, NodeRef>();
    const refs = rows
      .map((row) => ({
        uri: row.uri as string,
        ref: { kind: row.kind as NodeRef['kind'], slug: row.slug as string },
      }))
      .sort((a, b) => compareText(a.ref.kind, b.ref.kind) || compareText(a.ref.slug, b.ref.slug));
    for (const { uri, ref } of refs) if (!found.has(uri)) found.set(uri, ref);
    return uris.map((uri) => found.get(uri) ?? null);
  }

  // Lists come ordered whatever the caller's NeighbourOrder: Cypher orders them as it reads them.
  async neighbours<R extends Relation>(relation: R, slugs: readonly string[]): Promise<Relations[R][][]> {
    if (slugs.length === 0) return [];
    const rows = await this.client.read(this.statements.neighboursOf[relation], {
      slugs: [...new Set(slugs)],
    });
    // Each key gets its own list (a repeated key must not share one array with its twin).
    return byKey(
      slugs,
      rows,
      (row) => itemsOf(relation, row.items as Row[], new Owner(row.slug as string, row.owner as Row | null)),
      () => [],
    );
  }

  async expand<K extends NodeKind>(
    kind: K,
    slugs: readonly string[],
    relations: readonly RelationOf<K>[],
  ): Promise<(ExpandedNode<K> | null)[]> {
    if (slugs.length === 0) return [];
    const rows = await this.client.read(this.statements.expandNodes(kind, relations), {
      slugs: [...new Set(slugs)],
    });
    return byKey(
      slugs,
      rows,
      (row) => expandedFrom(kind, relations, row),
      () => null,
    );
  }

  async listExpandedRoles(
    filter: RoleFilter,
    page: Page,
    relations: readonly RelationOf<'Role'>[],
  ): Promise<PageOf<ExpandedNode<'Role'>>> {
    return this.page(
      this.statements.listExpandedRoles(relations),
      roleFilterParameters(filter),
      page,
      (item) => expandedFrom('Role', relations, item),
    );
  }

  listRoles(filter: RoleFilter, page: Page): Promise<PageOf<RoleEntity>> {
    return this.page(this.statements.listRoles, roleFilterParameters(filter), page, toEntity.Role);
  }

  listSkills(filter: SkillFilter, page: Page): Promise<PageOf<SkillEntity>> {
    return this.page(this.statements.listSkills, { category: filter.category ?? null }, page, toEntity.Skill);
  }

  listTechnologies(kind: TechnologyKind | null, page: Page): Promise<PageOf<TechnologyEntity>> {
    return this.page(this.statements.listTechnologies, { kind }, page, toEntity.Technology);
  }

  async listIndustries() {
    return (await this.client.read(this.statements.listIndustries))
      .map((row) => toEntity.Industry(row.node as Row))
      .sort(byName);
  }

  async listSources() {
    return (await this.client.read(cypher.listSources))
      .map((row) => toEntity.Source(row.node as Row))
      .sort(byTitle);
  }

  /** Ranked in process over the transition graph read once per dataset: no statement per request. */
  async careerPaths(query: CareerPathQuery): Promise<CareerPathResult[]> {
    return findCareerPaths(await this.transitions.current(), query);
  }

  async relatedRoles(slugs: readonly string[], limit: number): Promise<RelatedRoleResult[][]> {
    if (slugs.length === 0) return [];
    // The roles that can score above zero against each, then each such role's profile read once (a batch
    // of roles shares most candidates across the whole graph); the embedded store's index ranks them, so
    // both stores answer alike.
    const rows = await this.client.read(cypher.relatedRoleCandidates, { slugs: [...new Set(slugs)] });
    const candidates = new Map(rows.map((row) => [row.slug as string, row.candidates as string[]]));
    const wanted = [...new Set([...candidates.values()].flat())];
    const profiles = new Map(
      wanted.length === 0
        ? []
        : (await this.client.read(cypher.roleProfiles, { slugs: wanted })).map((row) => [
            row.slug as string,
            toProfile(row.profile as Row),
          ]),
    );
    return slugs.map((slug) => {
      const around = candidates.get(slug);
      if (around === undefined) return [];
      const known = around.flatMap((other) => profiles.get(other) ?? []);
      return RelatedRolesIndex.of(known).related(slug, limit);
    });
  }

  async search(query: SearchQuery): Promise<SearchResult[]> {
    return (await this.searchIndex.current()).search(query);
  }

  async skillDemand(family: RoleFamily | null): Promise<SkillDemandEntry[]> {
    const rows = await this.client.read(cypher.skillDemand, { family });
    return rows
      .map((row) =>
        (row.grades as Importance[]).reduce(countDemand, emptyDemand(toEntity.Skill(row.skill as Row))),
      )
      .sort(byDemand);
  }

  async technologyUsage(kind: TechnologyKind | null): Promise<TechnologyUsageEntry[]> {
    const rows = await this.client.read(cypher.technologyUsage, { kind });
    return rows
      .map((row) => ({ technology: toEntity.Technology(row.technology as Row), roles: row.roles as number }))
      .sort(byUsage);
  }

  async transitionStats(): Promise<TransitionKindStats[]> {
    const rows = new Map(
      (await this.client.read(cypher.transitionStats)).map((row) => [row.kind as TransitionKind, row]),
    );
    const empty = transitionStatistics([]);
    return valuesOf(TransitionKind).map((kind, index) => {
      const row = rows.get(kind);
      if (!row) return empty[index] as TransitionKindStats;
      return {
        kind,
        count: row.count as number,
        withYears: row.withYears as number,
        medianYears: (row.medianYears ?? null) as number | null,
        minYears: (row.minYears ?? null) as number | null,
        maxYears: (row.maxYears ?? null) as number | null,
      };
    });
  }

  ping(): Promise<boolean> {
    return this.client.ping();
  }

  async datasetMarker(): Promise<DatasetMarker | null> {
    const [row] = await this.client.read(cypher.datasetState);
    return markerOf(row);
  }

  async readiness(): Promise<StoreReadiness> {
    const database = `Neo4j at ${this.client.settings.uri}`;
    // verifyConnectivity fails within milliseconds when nothing listens; a query would be retried first.
    if (!(await this.client.ping())) return { ready: false, reason: `${database} is not reachable` };
    try {
      const [row] = await this.client.read(cypher.datasetState);
      const migrated = Number(row?.migrated ?? 0);
      const latest = Math.max(...migrations.map((migration) => migration.version));
      if (migrated < latest)
        return {
          ready: false,
          reason: `${database} is not migrated (schema version ${migrated} of ${latest}): run npm run migrate`,
        };
      const dataset = markerOf(row);
      if (!dataset)
        return {
          ready: false,
          reason: `${database} holds no seeded dataset: run npm run seed -- --target neo4j`,
        };
      // Ready once the models kept in process are built: the first build starts here, so at start the
      // API says not ready until it is done; after a seed they rebuild in the background, still ready.
      const [search, paths] = await Promise.all([this.searchIndex.prepare(), this.transitions.prepare()]);
      if (!search.ready || !paths.ready) {
        const waiting = [
          search.ready ? null : `the search index (${search.reason})`,
          paths.ready ? null : `the transition graph (${paths.reason})`,
        ].filter((part) => part !== null);
        return {
          ready: false,
          reason: `${database}: the API's read models of dataset ${dataset.hash.slice(0, 12)} are not built yet: ${waiting.join(', ')}`,
        };
      }
      return { ready: true, dataset };
    } catch (error) {
      return { ready: false, reason: `${database} did not answer: ${(error as Error).message}` };
    }
  }

  /** Resolves once the read models (search index, transition graph) match the dataset Neo4j holds now. */
  async readModelsSettled(): Promise<void> {
    await Promise.all([this.searchIndex.settled(), this.transitions.settled()]);
  }

  close(): Promise<void> {
    return this.client.close();
  }

  private async page<T>(
    statement: string,
    parameters: Row,
    page: Page,
    convert: (p: Row) => T,
  ): Promise<PageOf<T>> {
    const rows = await this.client.read(statement, {
      ...parameters,
      offset: page.offset,
      limit: page.limit,
    });
    return {
      items: rows.flatMap((row) =>
        row.item === null || row.item === undefined ? [] : [convert(row.item as Row)],
      ),
      totalCount: (rows[0]?.totalCount ?? 0) as number,
    };
  }
}
