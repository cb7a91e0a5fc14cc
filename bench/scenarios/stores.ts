import { performance } from 'node:perf_hooks';
import neo4j, { type Driver } from 'neo4j-driver';
import { createServer, type CareerGraphServer } from '../../src/server/create-server';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { Neo4jClient } from '../../src/store/neo4j/neo4j-client';
import { migrate } from '../../src/store/neo4j/neo4j-migrator';
import { countGraph, type GraphCounts } from '../../src/store/neo4j/neo4j-seeder';
import { seedInBatches } from './stores/seed-in-batches';
import { Neo4jStore } from '../../src/store/neo4j/neo4j-store';
import type { GraphStore } from '../../src/store/graph-store';
import { generateSeedGraph } from '../generate-graph';
import type { ScenarioResult, TargetCheck } from '../scenario';
import { median } from '../stats';
import { benchNeo4jClient } from './support';
import { load, type LoadResult } from './load';
import { startNeo4jProcess, type Neo4jProcess } from '../../test/support/neo4j-process';
import { startPeerServer, type PeerServer } from './stores/peer';

const ROLES = 1_000;
const SEED = 11;
const CONCURRENCY = 8;
const LIST_SIZE = 100;
/** Of the generated graph, set when the scenario runs: what search and skill-to-roles ask for. */
let roleNames: readonly string[] = [];
let skillCount = 1;

/**
 * Each shared operation runs on careergraph-Neo4j and the peer in alternating rounds (which goes first
 * alternates too), so a burst of load from elsewhere on the machine lands on both; the ratio is the
 * median of the rounds' ratios. Each target is warmed up once per operation, before its first round.
 */
const plans = {
  quick: { seconds: 1.5, warmupSeconds: 1.5, rounds: 1 },
  full: { seconds: 3, warmupSeconds: 3, rounds: 5 },
} as const;

type Target = 'embedded' | 'neo4j' | 'peer';
const targetNames: Record<Target, string> = {
  embedded: 'careergraph, embedded store',
  neo4j: 'careergraph on Neo4j',
  peer: '@neo4j/graphql on Neo4j (peer)',
};

interface Operation {
  readonly name: string;
  readonly queries: Partial<Record<Target, string>>;
  readonly variables: (i: number) => Record<string, unknown>;
  readonly check: Partial<Record<Target, (data: unknown) => boolean>>;
  /** Runs three times as long: a few answers a second on a loaded machine are too few to compare. */
  readonly slow?: true;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- loose JSON answers, each checked by shape */
const rolePage: Operation = {
  name: 'role page',
  queries: {
    embedded: `query Role($slug: String!) {
      role(slug: $slug) { slug name family seniority
        skills { importance skill { slug name } }
        nextRoles { kind to { slug name } } } }`,
    peer: `query Role($slug: String!) {
      roles(where: { slug: { eq: $slug } }) { slug name family seniority
        skillsConnection { edges { properties { importance } node { slug name } } }
        nextRolesConnection { edges { properties { kind } node { slug name } } } } }`,
  },
  variables: (i) => ({ slug: `role-${(i * 7919) % ROLES}` }),
  check: {
    embedded: (data: any) => data?.role?.skills?.length === 5,
    peer: (data: any) => data?.roles?.[0]?.skillsConnection?.edges?.length === 5,
  },
};

const roleList: Operation = {
  name: `${LIST_SIZE}-role list with skills`,
  queries: {
    embedded: `query Roles {
      roles(first: ${LIST_SIZE}) { nodes { slug name family seniority
        skills { importance skill { slug name } } } } }`,
    peer: `query Roles {
      roles(limit: ${LIST_SIZE}, sort: [{ name: ASC }]) { slug name family seniority
        skillsConnection { edges { properties { importance } node { slug name } } } } }`,
  },
  variables: () => ({}),
  slow: true,
  check: {
    embedded: (data: any) => data?.roles?.nodes?.length === LIST_SIZE,
    peer: (data: any) => data?.roles?.length === LIST_SIZE,
  },
};

/** Role names hold their index, so each request looks for another role, by its full name. */
const roleSearch: Operation = {
  name: 'search roles by name',
  queries: {
    embedded: `query Search($text: String!) {
      search(text: $text, kinds: [ROLE], first: 10) { score node { ... on Role { slug name } } } }`,
    peer: `query Search($text: String!) {
      roles(where: { name: { contains: $text } }, limit: 10, sort: [{ name: ASC }]) { slug name } }`,
  },
  variables: (i) => ({ text: roleNames[(i * 7919) % ROLES] }),
  check: {
    embedded: (data: any) => data?.search?.length > 0,
    peer: (data: any) => data?.roles?.length > 0,
  },
};

const skillRoles: Operation = {
  name: 'skill to roles',
  queries: {
    embedded: `query SkillRoles($slug: String!) {
      skill(slug: $slug) { slug name requiredBy { importance role { slug name } } } }`,
    peer: `query SkillRoles($slug: String!) {
      skills(where: { slug: { eq: $slug } }) { slug name
        rolesConnection { edges { properties { importance } node { slug name } } } } }`,
  },
  variables: (i) => ({ slug: `skill-${(i * 31) % skillCount}` }),
  check: {
    embedded: (data: any) => Array.isArray(data?.skill?.requiredBy),
    peer: (data: any) => Array.isArray(data?.skills?.[0]?.rolesConnection?.edges),
  },
};

/** Roles are laid out level by level (100 per level at 1,000 roles): from level 2 to 2 levels up. */
const careerPath: Operation = {
  name: 'career paths (careergraph only)',
  queries: {
    embedded: `query Paths($from: String!, $to: String!) {
      careerPaths(from: $from, to: $to, maxSteps: 6, first: 3) {
        length totalYears steps { kind from { slug } to { slug name } } } }`,
  },
  variables: (i) => ({ from: `role-${200 + ((i * 37) % 100)}`, to: `role-${400 + ((i * 53) % 100)}` }),
  check: { embedded: (data: any) => Array.isArray(data?.careerPaths) },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

const operations = [rolePage, roleList, roleSearch, skillRoles, careerPath];
const queryFor = (op: Operation, target: Target) =>
  target === 'peer' ? op.queries.peer : op.queries.embedded;
const checkFor = (op: Operation, target: Target) => (target === 'peer' ? op.check.peer : op.check.embedded);

/** Counts the Cypher statements the Neo4j store runs, by wrapping its client's read. */
function countReads(client: Neo4jClient): { count: () => number; reset: () => void } {
  let reads = 0;
  const read = client.read.bind(client);
  client.read = ((...args: Parameters<Neo4jClient['read']>) => {
    reads++;
    return read(...args);
  }) as Neo4jClient['read'];
  return { count: () => reads, reset: () => (reads = 0) };
}

async function postOnce(url: string, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- comparing loose JSON answers */
/** Do careergraph on Neo4j and the peer give the same facts (order aside)? */
async function compareAnswers(neo4jUrl: string, peerUrl: string): Promise<string[]> {
  const notes: string[] = [];
  const variables = rolePage.variables(3);
  const ours: any = await postOnce(neo4jUrl, rolePage.queries.embedded as string, variables);
  const theirs: any = await postOnce(peerUrl, rolePage.queries.peer as string, variables);
  const key = (items: string[]) => [...items].sort().join(',');
  const ourSkills = key(ours.role.skills.map((s: any) => `${s.skill.slug}:${s.importance}`));
  const peerSkills = key(
    theirs.roles[0].skillsConnection.edges.map((e: any) => `${e.node.slug}:${e.properties.importance}`),
  );
  const ourNext = key(ours.role.nextRoles.map((t: any) => `${t.to.slug}:${t.kind}`));
  const peerNext = key(
    theirs.roles[0].nextRolesConnection.edges.map((e: any) => `${e.node.slug}:${e.properties.kind}`),
  );
  notes.push(
    `role page for ${String(variables.slug)}: skills ${ourSkills === peerSkills ? 'agree' : 'DIFFER'}, ` +
      `next roles ${ourNext === peerNext ? 'agree' : 'DIFFER'} (as sets)`,
  );
  const ourList: any = await postOnce(neo4jUrl, roleList.queries.embedded as string, {});
  const peerList: any = await postOnce(peerUrl, roleList.queries.peer as string, {});
  const ourSlugs = ourList.roles.nodes.map((r: any) => r.slug).join(',');
  const peerSlugs = peerList.roles.map((r: any) => r.slug).join(',');
  notes.push(
    `100-role list: ${ourSlugs === peerSlugs ? 'the same roles in the same order' : 'DIFFERENT roles or order'}`,
  );
  return notes;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const fmt = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

/** Per target, over its rounds: the median rate, the median of the rounds' median latencies, p99 and errors. */
function summary(rounds: readonly LoadResult[]) {
  return {
    perSecond: median(rounds.map((r) => r.perSecond)),
    median: median(rounds.map((r) => r.latency.median)),
    p99: median(rounds.map((r) => r.latency.p99)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** careergraph-Neo4j's rate over the peer's, round by round (the rounds ran in alternation). */
function roundRatios(byTarget: Map<Target, LoadResult[]>): number[] {
  const ours = byTarget.get('neo4j') ?? [];
  const theirs = byTarget.get('peer') ?? [];
  // A round where either side had no passing answer (a slow operation on a loaded machine) has no ratio.
  return ours
    .slice(0, theirs.length)
    .map((r, i) => r.perSecond / (theirs[i] as LoadResult).perSecond)
    .filter((ratio) => Number.isFinite(ratio) && ratio > 0);
}

function report(options: {
  quick: boolean;
  results: Map<string, Map<Target, LoadResult[]>>;
  reads: Map<string, number>;
  notes: string[];
  setup: string[];
  totalMs: number;
}): string {
  const plan = options.quick ? plans.quick : plans.full;
  const lines: string[] = [];
  lines.push('## Stores and a peer: careergraph (embedded, Neo4j) and @neo4j/graphql');
  lines.push('');
  lines.push(
    `One generated graph (\`generateSeedGraph(${ROLES}, 5, ${SEED})\`) served three ways on 127.0.0.1: ` +
      'careergraph (`createServer`, production mode, rate limiting off) on the embedded store and on a ' +
      'fresh test Neo4j 5.26 (neo4j-harness, migrated with `migrate` and seeded in batches), and ' +
      '@neo4j/graphql 7 (Apollo standalone server) with equivalent type definitions over the same Neo4j ' +
      `data. Each operation is driven by autocannon 9 (programmatic API) over ${CONCURRENCY} keep-alive connections, ` +
      'each sending its next request as soon as the previous answer is in, with variables that change from ' +
      `request to request, for ${plan.seconds} s per run (${plan.seconds * 3} s for the role list) after an untimed ${plan.warmupSeconds} s warm-up of the same load ` +
      `(once per target and operation). careergraph on Neo4j and the peer run in ${plan.rounds} alternating round(s), ` +
      'the first of each round alternating too; figures are medians over the rounds, and the ratio is the median of ' +
      "the rounds' ratios, with its range. " +
      'An answer counts only if it is a 200 with no errors whose data passes a shape check. Latencies are ' +
      "autocannon's per-response times (hrtime). The servers and autocannon share one Node process (and " +
      'the machine with Neo4j), so absolute figures are low; ' +
      'read the ratios to careergraph on Neo4j (req/s: higher is better; median: lower is better).' +
      (options.quick ? ' Quick run: short loops, indicative only.' : ''),
  );
  lines.push('');
  lines.push(
    '| operation | server | req/s | median | p99 | req/s vs careergraph-Neo4j | median vs careergraph-Neo4j | errors |',
  );
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, byTarget] of options.results) {
    const reference = byTarget.get('neo4j');
    const ref = reference ? summary(reference) : null;
    for (const [target, rounds] of byTarget) {
      const r = summary(rounds);
      lines.push(
        `| ${name} | ${targetNames[target]} | ${fmt(r.perSecond, 0)} | ${fmt(r.median)} ms | ` +
          `${fmt(r.p99)} ms | ${ref ? times(r.perSecond / ref.perSecond) : 'n/a'} | ` +
          `${ref ? times(r.median / ref.median) : 'n/a'} | ${r.errors} |`,
      );
    }
  }
  lines.push('');
  lines.push('careergraph on Neo4j against the peer, round by round (req/s ours ÷ theirs):');
  lines.push('');
  lines.push('| operation | rounds | median | range | each round |');
  lines.push('| --- | ---: | ---: | --- | --- |');
  for (const [name, byTarget] of options.results) {
    const ratios = roundRatios(byTarget);
    if (ratios.length === 0) continue;
    lines.push(
      `| ${name} | ${ratios.length} | ${times(median(ratios))} | ${times(Math.min(...ratios))} – ${times(Math.max(...ratios))} | ` +
        `${ratios.map((ratio) => ratio.toFixed(2)).join(', ')} |`,
    );
  }
  lines.push('');
  if (options.reads.size > 0) {
    lines.push(
      'Cypher statements careergraph on Neo4j runs per request (counted on its client; ' +
        '@neo4j/graphql runs one per request by design): ' +
        [...options.reads].map(([name, n]) => `${name} ${n}`).join(', ') +
        '.',
    );
    lines.push('');
  }
  for (const note of [...options.setup, ...options.notes]) lines.push(`- ${note}`);
  lines.push(`- Scenario time: ${(options.totalMs / 1000).toFixed(1)} s (Neo4j start and seeding included).`);
  lines.push('');
  return lines.join('\n');
}

/** Scenario 5 of issue 7: the same operations on both stores and on @neo4j/graphql, under a bounded load. */
export async function run(options: { quick: boolean }): Promise<ScenarioResult> {
  const plan = options.quick ? plans.quick : plans.full;
  const started = performance.now();
  const seed = generateSeedGraph(ROLES, 5, SEED);
  roleNames = seed.roles.map((role) => role.name);
  skillCount = seed.skills.length;
  const setup: string[] = [];
  const notes: string[] = [];
  const results = new Map<string, Map<Target, LoadResult[]>>();
  const reads = new Map<string, number>();

  let database: Neo4jProcess | null = null;
  let client: Neo4jClient | null = null;
  let counts: GraphCounts = { nodes: 0, relationships: 0 };
  let peerDriver: Driver | null = null;
  const servers: CareerGraphServer[] = [];
  let peer: PeerServer | null = null;
  const serve = async (store: GraphStore) => {
    const server = await createServer({ store, production: true, introspection: false });
    servers.push(server);
    return server.listen(0, '127.0.0.1');
  };
  try {
    let t0 = performance.now();
    database = await startNeo4jProcess({ maxHeap: '1g', quickJit: false });
    setup.push(`Neo4j started in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
    // Seeding gets a client of its own, with a long timeout, and many small transactions.
    const connect = (queryTimeoutMs: number) =>
      benchNeo4jClient((database as Neo4jProcess).uri, { maxPoolSize: 50, queryTimeoutMs });
    const seeding = connect(600_000);
    t0 = performance.now();
    let transactions: number;
    try {
      await migrate(seeding);
      transactions = await seedInBatches(seeding, seed);
      counts = await countGraph(seeding);
    } finally {
      await seeding.close();
    }
    setup.push(
      `Seeded ${counts.nodes.toLocaleString('en-US')} nodes and ` +
        `${counts.relationships.toLocaleString('en-US')} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
        `(${transactions} transactions of at most 1,000 rows: stores/seed-in-batches.ts).`,
    );
    client = connect(30_000);
    const reads$ = countReads(client);

    const urls: Partial<Record<Target, string>> = {};
    urls.embedded = await serve(new MemoryStore(seed));
    const neo4jStore = new Neo4jStore(client);
    // The search index and transition graph are built before the API says ready (readiness), as in production.
    await neo4jStore.readModelsSettled();
    urls.neo4j = await serve(neo4jStore);
    peerDriver = neo4j.driver(database.uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50 });
    try {
      peer = await startPeerServer(peerDriver);
      urls.peer = peer.url;
    } catch (error) {
      notes.push(`The peer could not start, so it is left out: ${String(error).slice(0, 300)}`);
    }
    if (urls.peer) {
      try {
        notes.push(...(await compareAnswers(urls.neo4j, urls.peer)));
      } catch (error) {
        notes.push(`Comparing answers failed: ${String(error).slice(0, 300)}`);
      }
    }

    const measure = async (op: Operation, target: Target, seconds: number, warmupSeconds: number) => {
      const result = await load(
        urls[target] as string,
        { query: queryFor(op, target) as string, variables: op.variables, check: checkFor(op, target) },
        { connections: CONCURRENCY, seconds, warmupSeconds },
      );
      if (result.firstError) notes.push(`${op.name}, ${targetNames[target]}: ${result.firstError}`);
      return result;
    };
    for (const op of operations) {
      reads$.reset();
      await postOnce(urls.neo4j, op.queries.embedded as string, op.variables(0));
      reads.set(op.name, reads$.count());
      const byTarget = new Map<Target, LoadResult[]>();
      const add = (target: Target, result: LoadResult) =>
        byTarget.set(target, [...(byTarget.get(target) ?? []), result]);
      const seconds = plan.seconds * (op.slow ? 3 : 1);
      add('embedded', await measure(op, 'embedded', seconds, plan.warmupSeconds));
      const compared: Target[] = urls.peer && op.queries.peer ? ['neo4j', 'peer'] : ['neo4j'];
      for (let round = 0; round < plan.rounds; round++) {
        const order = round % 2 === 0 ? compared : [...compared].reverse();
        for (const target of order)
          add(target, await measure(op, target, seconds, round === 0 ? plan.warmupSeconds : 0));
      }
      results.set(op.name, byTarget);
    }
  } finally {
    // Stop everything this scenario started, whatever failed: servers (which close their stores and so
    // the Neo4j client), the peer and its driver, then Neo4j itself.
    for (const server of servers) await server.stop().catch(() => undefined);
    await peer?.stop().catch(() => undefined);
    await peerDriver?.close().catch(() => undefined);
    await client?.close().catch(() => undefined);
    await database?.stop();
  }
  // Issue 15, target 2: careergraph on Neo4j at or ahead of the peer on every shared operation (req/s),
  // judged on the median of the alternating rounds' ratios.
  const targets: TargetCheck[] = [];
  for (const [name, byTarget] of results) {
    const ratios = roundRatios(byTarget);
    if (ratios.length === 0) continue;
    const ratio = median(ratios);
    targets.push({
      target: `${name}: careergraph on Neo4j at or ahead of @neo4j/graphql (req/s, median of ${ratios.length} alternating rounds)`,
      figure: `${ratio.toFixed(2)}× the peer's rate (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
      met: ratio >= 1,
    });
  }
  return {
    title: 'Stores and a peer',
    targets,
    markdown: report({
      quick: options.quick,
      results,
      reads,
      notes,
      setup,
      totalMs: performance.now() - started,
    }),
  };
}
