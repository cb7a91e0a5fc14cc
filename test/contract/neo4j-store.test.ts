import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { datasetHash } from '../../src/dataset/dataset-hash';
import type { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { countGraph, seedNeo4j } from '../../src/store/neo4j/neo4j-seeder';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import { migrations } from '../../src/store/neo4j/write-cypher';
import * as cypher from '../../src/store/neo4j/cypher';
import type { CareerPathQuery } from '../../src/domain/career-paths';
import { PathRanking } from '../../src/domain/enums';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { relevanceFloor } from '../../src/domain/search-scoring';
import { mulberry32 } from '../../bench/random';
import { describeExportOverHttp } from '../e2e/export-suite';
import { createServer } from '../../src/server/create-server';
import { describeHttpEndToEnd } from '../e2e/http-suite';
import { dataOf } from '../support/json';
import { postGraphQL } from '../support/server-process';
import { describeWithNeo4j, testNeo4jClient } from '../support/neo4j-test-client';
import { describeGraphStoreContract } from './graph-store.contract';

/**
 * Everything that uses the test Neo4j, in one file so it runs in order, never beside itself: seeding
 * (which prunes and rewrites the graph), then the store contract, then the HTTP suite with NEO4J_URI.
 */
/**
 * A seed of the whole graph (the guides and the ESCO layer: about 2,600 nodes and 2,800 links) takes a
 * few seconds on a warm test Neo4j, and more on a busy machine; tests that seed once or twice get this.
 */
const seedingTimeoutMs = 120_000;

/** A path the seed holds (a move out of `from` leads there), for the read-model tests. */
const pathQuery: CareerPathQuery = {
  from: 'junior-backend-developer',
  to: 'software-architect',
  maxSteps: 8,
  first: 3,
  rankBy: PathRanking.FEWEST_STEPS,
  track: null,
  avoid: [],
};

/** A client for the test Neo4j that notes every statement it reads with, except the dataset check. */
function countingClient(statements: string[]): Neo4jClient {
  const counting = testNeo4jClient() as Neo4jClient;
  const read = counting.read.bind(counting);
  counting.read = ((statement: string, parameters?: Record<string, unknown>) => {
    if (statement !== cypher.datasetState) statements.push(statement);
    return read(statement, parameters);
  }) as Neo4jClient['read'];
  return counting;
}

describeWithNeo4j('Neo4j', () => {
  describe('migrating and seeding', () => {
    let client: Neo4jClient;
    let seed: SeedGraph;

    beforeAll(async () => {
      client = testNeo4jClient() as Neo4jClient;
      seed = await loadSeed();
      await migrate(client);
    }, seedingTimeoutMs);
    afterAll(async () => {
      // Leave the database as the other suites expect it: exactly the seed.
      await seedNeo4j(client, seed, { prune: true });
      await client.close();
    }, seedingTimeoutMs);

    it('migrates once: a second run applies nothing', async () => {
      expect(await migrate(client)).toEqual([]);
    });

    it(
      'seeds idempotently: running it twice leaves exactly the same graph',
      async () => {
        const first = await seedNeo4j(client, seed, { prune: true });
        const second = await seedNeo4j(client, seed, { prune: false });
        expect(second).toEqual(first);
        const expectedNodes =
          seed.sources.length +
          seed.roles.length +
          seed.skills.length +
          seed.technologies.length +
          seed.industries.length +
          seed.salaries.length;
        const expectedLinks =
          seed.requirements.length +
          seed.roleTechnologies.length +
          seed.transitions.length +
          seed.prerequisites.length +
          seed.relatedSkills.length +
          seed.skillTechnologies.length +
          seed.frameworkLanguages.length +
          seed.hires.length +
          seed.roles.filter((role) => role.occupation !== null).length +
          seed.salaries.length;
        const bookkeepingNodes = migrations.length + 1; // the migrations and the dataset marker
        expect(first).toEqual({ nodes: expectedNodes + bookkeepingNodes, relationships: expectedLinks });
      },
      seedingTimeoutMs,
    );

    it(
      "writes the dataset marker with the seed: the seed's content hash and when it was written",
      async () => {
        const store = new Neo4jStore(client);
        const before = Date.now();
        await seedNeo4j(client, seed, { prune: true });
        const marker = await store.datasetMarker();
        expect(marker?.hash).toBe(datasetHash(seed));
        expect(Date.parse(marker?.seededAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
        await store.readModelsSettled();
        expect(await store.readiness()).toEqual({ ready: true, dataset: marker });

        const smaller: SeedGraph = { ...seed, hires: seed.hires.slice(1) };
        await seedNeo4j(client, smaller, { prune: true });
        expect((await store.datasetMarker())?.hash).toBe(datasetHash(smaller));
        expect(datasetHash(smaller)).not.toBe(datasetHash(seed));
        await seedNeo4j(client, seed, { prune: true });
      },
      seedingTimeoutMs,
    );

    it('prunes what the seed no longer contains, and only with --prune', async () => {
      const smaller: SeedGraph = {
        ...seed,
        transitions: seed.transitions.filter((t) => t.from !== 'junior-backend-developer'),
        industries: seed.industries.filter((i) => i.slug !== 'gaming'),
        hires: seed.hires.filter((h) => h.industry !== 'gaming'),
      };
      const full = await seedNeo4j(client, seed, { prune: true });
      const kept = await seedNeo4j(client, smaller, { prune: false });
      expect(kept).toEqual(full);
      const pruned = await seedNeo4j(client, smaller, { prune: true });
      expect(pruned.nodes).toBe(full.nodes - 1);
      const store = new Neo4jStore(client);
      expect(await store.nodesBySlug('Industry', ['gaming'])).toEqual([null]);
      expect(await store.neighbours('Role.nextRoles', ['junior-backend-developer'])).toEqual([[]]);
      await seedNeo4j(client, seed, { prune: true });
      expect(await countGraph(client)).toEqual(full);
    });

    it('search sees a new seed once its index is rebuilt, on a store that was already searching', async () => {
      const store = new Neo4jStore(client, { datasetRefreshMs: 0 });
      const hits = async (text: string) =>
        (await store.search({ text, kinds: null, limit: 3, minScore: relevanceFloor })).map(
          (hit) => hit.slug,
        );
      expect(await hits('Gaming')).toContain('gaming');
      const renamed: SeedGraph = {
        ...seed,
        industries: seed.industries.map((industry) =>
          industry.slug === 'gaming'
            ? { ...industry, name: 'Interactive Entertainment', aliases: [] }
            : industry,
        ),
      };
      await seedNeo4j(client, renamed, { prune: true });
      await store.readModelsSettled();
      expect(await hits('Gaming')).not.toContain('gaming');
      expect(await hits('Interactive Entertainment')).toEqual(['gaming']);
      await seedNeo4j(client, seed, { prune: true });
      await store.readModelsSettled();
      expect(await hits('Gaming')).toContain('gaming');
    });

    it('says not ready until the read models of the current dataset are built, then ready, and answers from them with no statement of their own', async () => {
      await seedNeo4j(client, seed, { prune: true });
      const store = new Neo4jStore(client);
      const marker = await store.datasetMarker();
      // The first check starts the build and answers at once: a build takes a second or more.
      expect(await store.readiness()).toEqual({
        ready: false,
        reason: expect.stringMatching(
          /: the API's read models of dataset [0-9a-f]{12} are not built yet: the search index \(it is being built\), the transition graph \(it is being built\)$/,
        ),
      });
      await store.readModelsSettled();
      expect(await store.readiness()).toEqual({ ready: true, dataset: marker });

      const statements: string[] = [];
      const counted = new Neo4jStore(countingClient(statements), { datasetRefreshMs: 60_000 });
      while (!(await counted.readiness()).ready) await new Promise((resolve) => setTimeout(resolve, 100));
      statements.length = 0;
      await counted.search({ text: 'Gaming', kinds: null, limit: 3, minScore: relevanceFloor });
      await counted.careerPaths(pathQuery);
      expect(statements).toEqual([]);
      await counted.close();
    });

    it(
      'after a seed, answers from the previous read models until the new ones are built, staying ready, then swaps them in',
      async () => {
        // The rebuild's big reads wait for the test's go, so "meanwhile" lasts as long as the test needs.
        let go: () => void = () => undefined;
        let held: Promise<void> | null = null;
        const gatedClient = testNeo4jClient() as Neo4jClient;
        const read = gatedClient.read.bind(gatedClient);
        gatedClient.read = (async (statement: string, parameters?: Record<string, unknown>) => {
          if (held && (statement === cypher.searchEntries || statement === cypher.transitionGraph))
            await held;
          return read(statement, parameters);
        }) as Neo4jClient['read'];
        const store = new Neo4jStore(gatedClient, { datasetRefreshMs: 0 });
        const hits = async (text: string) =>
          (await store.search({ text, kinds: null, limit: 3, minScore: relevanceFloor })).map(
            (hit) => hit.slug,
          );
        const paths = async () => (await store.careerPaths(pathQuery)).map((path) => path.roles.join('>'));
        const changed: SeedGraph = {
          ...seed,
          industries: seed.industries.map((industry) =>
            industry.slug === 'gaming'
              ? { ...industry, name: 'Interactive Entertainment', aliases: [] }
              : industry,
          ),
          transitions: seed.transitions.filter((move) => move.from !== pathQuery.from),
        };
        try {
          await seedNeo4j(client, seed, { prune: true });
          await store.readModelsSettled();
          const pathsBefore = await paths();
          expect(pathsBefore.length).toBeGreaterThan(0);
          expect(await hits('Gaming')).toContain('gaming');

          held = new Promise((resolve) => (go = resolve));
          await seedNeo4j(client, changed, { prune: true });
          const newMarker = await store.datasetMarker();
          // The seed is noticed (a rebuild starts) and the answers still come from the previous models.
          expect(await hits('Gaming')).toContain('gaming');
          expect(await paths()).toEqual(pathsBefore);
          expect(await store.readiness()).toEqual({ ready: true, dataset: newMarker });
          expect(await hits('Interactive Entertainment')).not.toEqual(['gaming']);

          held = null;
          go();
          await store.readModelsSettled();
          expect(await hits('Interactive Entertainment')).toEqual(['gaming']);
          expect(await hits('Gaming')).not.toContain('gaming');
          expect(await paths()).not.toEqual(pathsBefore);
        } finally {
          held = null;
          go();
          await seedNeo4j(client, seed, { prune: true });
          await gatedClient.close();
        }
      },
      seedingTimeoutMs,
    );

    it(
      'answers careerPaths as the embedded store does, before and after a seed changes the data under a running API',
      async () => {
        // Both servers run over HTTP; the Neo4j one keeps its transition graph and checks the dataset
        // marker before every request (datasetRefreshMs 0), as a cluster's instances do once a second.
        // Its own client: stopping the server closes its store's.
        const neo4jStore = new Neo4jStore(testNeo4jClient() as Neo4jClient, { datasetRefreshMs: 0 });
        const neo4jServer = await createServer({
          store: neo4jStore,
          production: true,
          introspection: false,
        });
        const neo4jUrl = await neo4jServer.listen(0, '127.0.0.1');
        const random = mulberry32(17);
        // Among the roles with moves: the ESCO occupations have none, and would make most pairs pathless.
        const roles = [...new Set(seed.transitions.flatMap((move) => [move.from, move.to]))].sort();
        const pairs: [string, string][] = [];
        while (pairs.length < 24) {
          const from = roles[Math.floor(random() * roles.length)] as string;
          const to = roles[Math.floor(random() * roles.length)] as string;
          if (from !== to) pairs.push([from, to]);
        }
        pairs.push(['junior-backend-developer', 'software-architect']);
        const query = `query($from: String!, $to: String!, $rankBy: PathRanking!) {
        careerPaths(from: $from, to: $to, maxSteps: 8, first: 5, rankBy: $rankBy) {
          roles { slug } steps { from { slug } to { slug } kind typicalYears inheritedFrom { slug }
            sources { slug } evidence { basis about note lines { start end } } }
          totalYears minYears minYearsSetBy { slug } inferredSteps length explanation
        } }`;
        const answers = async (url: string) => {
          const out: unknown[] = [];
          for (const [from, to] of pairs)
            for (const rankBy of ['FEWEST_STEPS', 'FASTEST']) {
              const { status, body } = await postGraphQL(url, query, { from, to, rankBy });
              expect(status).toBe(200);
              expect(body.errors).toBeUndefined();
              out.push(dataOf<{ careerPaths: unknown[] }>(body).careerPaths);
            }
          return out;
        };
        const embeddedAnswers = async (graph: SeedGraph) => {
          const server = await createServer({
            store: new MemoryStore(graph),
            production: true,
            introspection: false,
          });
          try {
            return await answers(await server.listen(0, '127.0.0.1'));
          } finally {
            await server.stop();
          }
        };
        // A different dataset: an eighth of the moves gone, and one role's threshold raised.
        const changed: SeedGraph = {
          ...seed,
          transitions: seed.transitions.filter((_, i) => i % 8 !== 3),
          roles: seed.roles.map((role) =>
            role.slug === 'software-architect' ? { ...role, experience: { min: 12, max: null } } : role,
          ),
        };
        try {
          await seedNeo4j(client, seed, { prune: true });
          await neo4jStore.readModelsSettled();
          const before = await answers(neo4jUrl);
          expect(before).toEqual(await embeddedAnswers(seed));
          expect(before.filter((paths) => (paths as unknown[]).length > 0).length).toBeGreaterThanOrEqual(8);

          await seedNeo4j(client, changed, { prune: true });
          // The API rebuilds its transition graph in the background and answers from the previous one meanwhile.
          await neo4jStore.readModelsSettled();
          const after = await answers(neo4jUrl);
          expect(after).toEqual(await embeddedAnswers(changed));
          expect(after).not.toEqual(before);
          expect(after.filter((paths) => (paths as unknown[]).length > 0).length).toBeGreaterThanOrEqual(4);
        } finally {
          await neo4jServer.stop();
          await seedNeo4j(client, seed, { prune: true });
        }
      },
      seedingTimeoutMs,
    );

    it('writes nothing when a statement fails midway: one transaction', async () => {
      const before = await countGraph(client);
      // Neo4j refuses a map as a property value; salaries are written after industries, in the same transaction.
      const badSalary = { ...seed.salaries[0]!, region: { nested: true } as unknown as string };
      const broken: SeedGraph = { ...seed, salaries: [...seed.salaries, badSalary] };
      const extraIndustry: SeedGraph = {
        ...broken,
        industries: [
          ...seed.industries,
          { ...(seed.industries[0] as SeedGraph['industries'][number]), slug: 'space', name: 'Space' },
        ],
      };
      const marker = await new Neo4jStore(client).datasetMarker();
      await expect(seedNeo4j(client, extraIndustry, { prune: false })).rejects.toThrow();
      expect(await countGraph(client)).toEqual(before);
      expect(await new Neo4jStore(client).datasetMarker()).toEqual(marker);
      expect(await new Neo4jStore(client).nodesBySlug('Industry', ['space'])).toEqual([null]);
    });
  });

  let client: Neo4jClient;
  describeGraphStoreContract(
    'Neo4j store',
    async () => {
      client = testNeo4jClient() as Neo4jClient;
      const seed = await loadSeed();
      await migrate(client);
      await seedNeo4j(client, seed, { prune: true });
      const store = new Neo4jStore(client);
      await store.readModelsSettled();
      return { store, seed };
    },
    () => client.close(),
  );

  describe('search parity with the embedded store', () => {
    let parityClient: Neo4jClient;
    beforeAll(() => {
      parityClient = testNeo4jClient() as Neo4jClient;
    });
    afterAll(() => parityClient.close());

    it('answers 120 queries with the same hits, in the same order, with the same scores and matches', async () => {
      const seed = await loadSeed();
      const embedded = new MemoryStore(seed);
      const neo4j = new Neo4jStore(parityClient);
      const random = mulberry32(5);
      const names = [...seed.roles, ...seed.skills, ...seed.technologies, ...seed.industries].flatMap(
        (node) => [node.name, ...node.aliases],
      );
      const queries = new Set([
        'engineer',
        'developer',
        'QA engineer',
        'data',
        'c#',
        'postgres',
        'kubernets',
      ]);
      while (queries.size < 120) {
        const name = names[Math.floor(random() * names.length)] as string;
        const cut = 2 + Math.floor(random() * Math.max(1, name.length - 2));
        queries.add(random() < 0.5 ? name.slice(0, cut) : name.slice(0, cut) + name.slice(cut + 1));
      }
      const differing: unknown[] = [];
      for (const text of queries)
        for (const minScore of [relevanceFloor, 0]) {
          const query = { text, kinds: null, limit: 10, minScore };
          const [fromNeo4j, fromMemory] = [await neo4j.search(query), await embedded.search(query)];
          if (JSON.stringify(fromNeo4j) !== JSON.stringify(fromMemory))
            differing.push({ query, fromNeo4j, fromMemory });
        }
      expect(differing).toEqual([]);
    });
  });

  describe('reading only the facts a request shows', () => {
    const queries: [string, string][] = [
      [
        'a role page of names and grades',
        '{ role(slug: "senior-backend-developer") { slug name family seniority skills { importance inheritedFrom { slug } skill { slug name category } } nextRoles { kind typicalYears to { slug name } } } }',
      ],
      [
        'a role list with skills',
        '{ roles(first: 40) { totalCount nodes { slug name skills { importance skill { slug name } } technologies { slug kind } } } }',
      ],
      [
        'descriptions, aliases and node evidence',
        '{ roles(first: 10) { nodes { slug description aliases sources { slug } evidence { note lines { start end } } skills { skill { description externalIds { uri match } } } } } }',
      ],
      [
        'link evidence and role facts',
        '{ role(slug: "software-architect") { qualifications { name } workSettings { name } skills { sources { slug } evidence { note } } nextRoles { sources { slug } to { comparisons { pay entry } } } } }',
      ],
      [
        'search hits through fragments',
        '{ search(text: "postgres", first: 5) { score node { id ... on Technology { name description } ... on Skill { name aliases } } } }',
      ],
      [
        'a skill with its roles and technologies',
        '{ skill(slug: "sql") { name requiredBy { importance role { slug seniority } } technologyLinks { technology { slug } } } }',
      ],
      [
        "a skill's roles by name only",
        '{ skill(slug: "sql") { slug name requiredBy { importance role { slug name } } } }',
      ],
      [
        'levels in order of experience, with no profile fields',
        '{ role(slug: "backend-developer") { slug levels { slug name experience { min max } } } }',
      ],
      [
        'occupations, data models and tool categories',
        '{ roles(first: 40) { nodes { slug occupation { slug name } } } technologies(first: 40) { nodes { slug name ... on Database { dataModel } ... on Tool { category } } } }',
      ],
    ];
    const statements: string[] = [];
    let neo4jUrl: string;
    let memoryUrl: string;
    const servers: { stop(): Promise<void> }[] = [];
    beforeAll(async () => {
      const neo4jStore = new Neo4jStore(countingClient(statements));
      await neo4jStore.readModelsSettled();
      for (const store of [neo4jStore, new MemoryStore(await loadSeed())]) {
        const server = await createServer({ store, production: true, introspection: false });
        servers.push(server);
        // The first measurement of list prices may go on after start-up; its reads are not a request's.
        await server.listPricesMeasured();
        const url = await server.listen(0, '127.0.0.1');
        if (store === neo4jStore) neo4jUrl = url;
        else memoryUrl = url;
      }
    }, seedingTimeoutMs);
    afterAll(async () => {
      for (const server of servers) await server.stop();
    });

    it.each(queries)('%s: the same answer as the embedded store', async (_name, query) => {
      const [ours, reference] = await Promise.all([
        postGraphQL(neo4jUrl, query),
        postGraphQL(memoryUrl, query),
      ]);
      expect(ours.body.errors).toBeUndefined();
      expect(ours.body.data).toEqual(reference.body.data);
    });

    it('reads no description or evidence for a request that shows none', async () => {
      statements.length = 0;
      await postGraphQL(neo4jUrl, queries[1]?.[1] as string);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(statement).not.toMatch(/\.description|\.evidence|\.aliases/);
      statements.length = 0;
      await postGraphQL(neo4jUrl, queries[2]?.[1] as string);
      expect(statements.join('\n')).toMatch(/\.description/);
    });

    it("reads no role's family, seniority or occupation, and no skill's category, for a request that shows none", async () => {
      statements.length = 0;
      await postGraphQL(neo4jUrl, queries[6]?.[1] as string);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements)
        expect(statement).not.toMatch(/\.family|\.seniority|\.occupation|\.category|\.skillType/);
      statements.length = 0;
      await postGraphQL(neo4jUrl, queries[0]?.[1] as string);
      expect(statements.join('\n')).toMatch(/\.family/);
    });
  });

  describeHttpEndToEnd('neo4j', { NEO4J_URI: process.env.NEO4J_URI });
  describeExportOverHttp('neo4j', { NEO4J_URI: process.env.NEO4J_URI });
});
