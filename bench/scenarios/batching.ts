import DataLoader from 'dataloader';
import { performance } from 'node:perf_hooks';
import { encodeCursor } from '../../src/api/common/pagination';
import { createContext, type ApiContext } from '../../src/api/context';
import { Loaders } from '../../src/api/loaders';
import { createServer } from '../../src/server/create-server';
import { defaultQueryLimits } from '../../src/server/limits';
import type { GraphStore, NodeKind, NodeKinds, Relation, Relations } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { generateSeedGraph } from '../generate-graph';
import type { ScenarioOptions, ScenarioResult } from '../scenario';
import { count, ms, table } from './support';

/**
 * Store calls per operation for a nested query (roles -> skills -> technologies -> roles), with the
 * per-request DataLoaders (src/api/loaders.ts) and with an N+1 baseline that exists only here: the same
 * resolvers, given loaders that call the store once per key (DataLoader with `batch: false`; the
 * per-request cache still answers a repeated key, so the baseline is "one call per distinct parent").
 */
const TRANSITIONS_PER_ROLE = 5;
const SEED = 20240601;
const PAGE = 100;

/** The same resolvers without batching: one store call per distinct key. */
class UnbatchedLoaders extends Loaders {
  private readonly unbatchedNodes = new Map<NodeKind, DataLoader<string, unknown>>();
  private readonly unbatchedRelations = new Map<Relation, DataLoader<string, unknown>>();

  constructor(private readonly source: GraphStore) {
    super(source);
  }

  override node<K extends NodeKind>(kind: K): DataLoader<string, NodeKinds[K] | null> {
    let loader = this.unbatchedNodes.get(kind);
    if (!loader) {
      loader = new DataLoader<string, NodeKinds[K] | null>((slugs) => this.source.nodesBySlug(kind, slugs), {
        batch: false,
      });
      this.unbatchedNodes.set(kind, loader);
    }
    return loader as DataLoader<string, NodeKinds[K] | null>;
  }

  override relation<R extends Relation>(relation: R): DataLoader<string, Relations[R][]> {
    let loader = this.unbatchedRelations.get(relation);
    if (!loader) {
      loader = new DataLoader<string, Relations[R][]>((slugs) => this.source.neighbours(relation, slugs), {
        batch: false,
      });
      this.unbatchedRelations.set(relation, loader);
    }
    return loader as DataLoader<string, Relations[R][]>;
  }
}

/** Counts every call made to the store, by method (like test/support/counting-store.ts). */
function countingStore(inner: GraphStore): { store: GraphStore; calls: Map<string, number>; reset(): void } {
  const calls = new Map<string, number>();
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const name = String(property);
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls, reset: () => calls.clear() };
}

/** Every role of the graph, in pages of 100 (aliased root fields), each role's skills' technologies' roles. */
function nestedQuery(roles: number): string {
  const pages: string[] = [];
  for (let offset = 0; offset < roles; offset += PAGE) {
    const after = offset === 0 ? '' : `, after: "${encodeCursor(offset - 1)}"`;
    pages.push(
      `p${offset / PAGE}: roles(first: ${Math.min(PAGE, roles - offset)}${after}) { nodes { slug skills { skill { slug technologies { slug roles { slug } } } } } }`,
    );
  }
  return `{ ${pages.join(' ')} }`;
}

interface Measure {
  readonly calls: number;
  readonly byMethod: string;
  readonly ms: number;
  /** Leaf `roles { slug }` entries in the answer: the result size. */
  readonly leaves: number;
}

function countLeaves(data: unknown): number {
  let leaves = 0;
  const visit = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      if (key === 'roles') leaves += value.length;
      for (const item of value) visit(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(data, '');
  return leaves;
}

async function measureSize(roles: number, repetitions: number) {
  const counting = countingStore(new MemoryStore(generateSeedGraph(roles, TRANSITIONS_PER_ROLE, SEED)));
  const server = await createServer({
    store: counting.store,
    production: false,
    introspection: false,
    limits: {
      ...defaultQueryLimits,
      maxCost: Number.MAX_SAFE_INTEGER,
      operationTimeoutMs: 600_000,
    },
  });
  const query = nestedQuery(roles);
  const run = async (unbatched: boolean): Promise<Measure> => {
    let best = Number.POSITIVE_INFINITY;
    let calls = 0;
    let byMethod = '';
    let leaves = 0;
    for (let i = 0; i < repetitions; i++) {
      counting.reset();
      const batched = createContext(counting.store);
      const context: ApiContext = unbatched
        ? { ...batched, loaders: new UnbatchedLoaders(batched.store) }
        : batched;
      const started = performance.now();
      const response = await server.apollo.executeOperation({ query }, { contextValue: context });
      const elapsed = performance.now() - started;
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const result = response.body.singleResult;
      if (result.errors)
        throw new Error(`batching query failed: ${JSON.stringify(result.errors).slice(0, 500)}`);
      best = Math.min(best, elapsed);
      calls = [...counting.calls.values()].reduce((a, b) => a + b, 0);
      byMethod = [...counting.calls.entries()].map(([name, n]) => `${name} ${n}`).join(', ');
      leaves = countLeaves(result.data);
    }
    return { calls, byMethod, ms: best, leaves };
  };
  const batched = await run(false);
  const unbatched = await run(true);
  await server.stop();
  return { roles, batched, unbatched };
}

export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const sizes = options.quick ? [10, 100] : [10, 100, 1_000];
  const repetitions = options.quick ? 1 : 3;
  const results = [];
  for (const roles of sizes) results.push(await measureSize(roles, repetitions));

  const rows = results.map((r) => [
    count(r.roles),
    count(r.batched.leaves),
    count(r.batched.calls),
    count(r.unbatched.calls),
    `${(r.unbatched.calls / r.batched.calls).toFixed(1)}x`,
    ms(r.batched.ms),
    ms(r.unbatched.ms),
  ]);
  const detail = results.flatMap((r) => [
    [count(r.roles), 'DataLoader', r.batched.byMethod],
    [count(r.roles), 'N+1 baseline', r.unbatched.byMethod],
  ]);
  const pages = (roles: number) => Math.ceil(roles / PAGE);
  const first = results[0];
  const last = results[results.length - 1];
  const flat =
    first && last && last.batched.calls - pages(last.roles) === first.batched.calls - pages(first.roles);
  return {
    title: 'Batching: store calls per operation',
    markdown: [
      `Query: every role of a generated graph (${TRANSITIONS_PER_ROLE} transitions per role, seed ${SEED}), in aliased`,
      `pages of ${PAGE} (\`roles(first: ${PAGE}, after: ...)\`), each role's \`skills { skill { technologies { roles { slug } } } }\`,`,
      'run in-process through Apollo (`executeOperation`) with the cost limit lifted. Store calls are counted by a',
      'Proxy around the MemoryStore. "N+1 baseline" is the same resolvers with loaders that call the store once per',
      'distinct key (`DataLoader` with `batch: false`), built only in bench/scenarios/batching.ts. Times: fastest of',
      `${repetitions} run(s).`,
      '',
      table(
        [
          'roles',
          'leaf roles in answer',
          'store calls (DataLoader)',
          'store calls (N+1)',
          'N+1 / DataLoader',
          'ms (DataLoader)',
          'ms (N+1)',
        ],
        rows,
      ),
      '',
      table(['roles', 'loaders', 'store calls by method'], detail),
      '',
      `With DataLoader the calls beyond one \`roles\` page call per ${PAGE} roles are ${
        flat ? 'the same at every size: bounded by the nesting depth' : 'NOT the same at every size'
      }; the baseline grows with the number of distinct parents.`,
    ].join('\n'),
  };
}
