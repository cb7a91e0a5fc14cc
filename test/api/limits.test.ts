import {
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
} from 'graphql';
import { buildCareerGraphSchema } from '../../src/api/schema';
import { loadSeed } from '../../src/seed/load-seed';
import { ListPrices, listBounds } from '../../src/server/cost/list-prices';
import { createLogger } from '../../src/server/logger';
import type { GraphStore, Relation } from '../../src/store/graph-store';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { defaultQueryLimits, type QueryLimits } from '../../src/server/limits';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';
import { costOf } from '../support/json';

let seed: SeedGraph;
beforeAll(async () => {
  seed = await loadSeed();
});

async function clientWith(limits: Partial<QueryLimits> = {}, store = new MemoryStore(seed)) {
  return inProcessClient(store, true, { ...defaultQueryLimits, ...limits });
}

describe('query limits', () => {
  it('reports the cost of every accepted operation in extensions.cost', async () => {
    const client = await clientWith();
    const small = await client.run('{ role(slug: "software-architect") { name } }');
    const larger = await client.run('{ roles(first: 10) { nodes { name skills { skill { name } } } } }');
    expect(small.errors).toBeUndefined();
    expect(small.extensions?.cost).toEqual({ requested: 2, limit: defaultQueryLimits.maxCost });
    // 1 for roles, then per role: nodes, name and a list of about 40 skills with their skill and name.
    expect(costOf(larger)).toBeGreaterThan(10 * 40);
    await client.server.stop();
  });

  it('costs each variable set and operation of a document on its own, however often it comes back', async () => {
    const client = await clientWith({ maxCost: 5_000 });
    const document = `query Few($n: Int!) { roles(first: $n) { nodes { name skills { skill { name } } } } }
      query One { role(slug: "software-architect") { name } }`;
    const cost = async (operationName: string, variables: Record<string, unknown> = {}) => {
      const answer = await client.run(document, variables, operationName);
      return answer.errors?.[0]?.extensions?.code ?? answer.extensions?.cost?.requested;
    };
    const [few, more, one] = [await cost('Few', { n: 2 }), await cost('Few', { n: 20 }), await cost('One')];
    expect(few).toBeLessThan(more as number);
    expect(one).toBe(2);
    // Asked again, each is answered with its own cost, and a too costly one is still refused.
    expect([await cost('Few', { n: 20 }), await cost('Few', { n: 2 }), await cost('One')]).toEqual([
      more,
      few,
      one,
    ]);
    expect(await cost('Few', { n: 100 })).toBe('QUERY_TOO_COSTLY');
    expect(await cost('Few', { n: 100 })).toBe('QUERY_TOO_COSTLY');
    expect(await cost('Few', { n: 'x' })).toBe('BAD_USER_INPUT');
    await client.server.stop();
  });

  it('refuses a query over the cost limit before running it, naming the cost and the limit', async () => {
    const client = await clientWith({ maxCost: 100 });
    const answer = await client.run('{ roles(first: 50) { nodes { name skills { skill { name } } } } }');
    expect(answer.data).toBeUndefined();
    const [error] = answer.errors ?? [];
    expect(error?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error?.extensions?.cost).toEqual({ requested: expect.any(Number), limit: 100 });
    expect((error?.extensions?.cost as { requested: number }).requested).toBeGreaterThan(100);
    expect(error?.message).toContain(String((error?.extensions?.cost as { requested: number }).requested));
    await client.server.stop();
  });

  it.each([
    [
      'QUERY_TOO_DEEP',
      { maxDepth: 3 },
      '{ role(slug: "software-architect") { nextRoles { to { nextRoles { to { name } } } } } }',
      { depth: 6, limit: 3 },
    ],
    [
      'TOO_MANY_ALIASES',
      { maxAliases: 2 },
      '{ a: role(slug: "sql") { name } b: role(slug: "x") { name } c: role(slug: "y") { name } }',
      { aliases: 3, limit: 2 },
    ],
    [
      'TOO_MANY_ROOT_FIELDS',
      { maxRootFields: 2 },
      '{ industries { name } sources { title } transitionStats { kind } }',
      { rootFields: 3, limit: 2 },
    ],
  ])('refuses %s with the measured figure and the limit', async (code, limits, query, figures) => {
    const client = await clientWith(limits);
    const [error] = (await client.run(query)).errors ?? [];
    expect(error?.extensions).toMatchObject({ code, ...figures });
    await client.server.stop();
  });

  it('lets schema-only queries (GraphiQL, codegen) nest to 20 levels, but no deeper', async () => {
    const client = await clientWith({ maxDepth: 10 });
    const ofType = (levels: number): string =>
      levels === 0 ? 'name' : `name ofType { ${ofType(levels - 1)} }`;
    // __schema, types, fields, type: 4 levels, then ofType chains.
    const schemaQuery = (chain: number) => `{ __schema { types { fields { type { ${ofType(chain)} } } } } }`;
    expect((await client.run(schemaQuery(11))).errors).toBeUndefined();
    expect((await client.run(schemaQuery(16))).errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      depth: 21,
      limit: 20,
    });
    // Mixing in a data field ends the allowance.
    const mixed = `{ role(slug: "sql") { name } __schema { types { fields { type { ${ofType(11)} } } } } }`;
    expect((await client.run(mixed)).errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      limit: 10,
    });
    await client.server.stop();
  });

  it('counts depth through fragments, and each use of a fragment', async () => {
    const client = await clientWith({ maxDepth: 3 });
    const answer = await client.run(`
      query { role(slug: "software-architect") { ...Next } }
      fragment Next on Role { nextRoles { to { nextRoles { kind } } } }`);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', depth: 5 });
    await client.server.stop();
  });

  it('answers OPERATION_TIMEOUT when the store is slower than the deadline, and keeps serving', async () => {
    const store = new MemoryStore(seed);
    const listRoles = store.listRoles.bind(store);
    store.listRoles = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return listRoles(...args);
    };
    const client = await clientWith({ operationTimeoutMs: 100 }, store);
    const started = Date.now();
    const late = await client.run('{ roles { totalCount } }');
    expect(Date.now() - started).toBeLessThan(900);
    expect(late.errors?.[0]?.extensions).toEqual({ code: 'OPERATION_TIMEOUT', limitMs: 100 });
    expect(late.errors?.[0]?.message).toContain('0.1 s');
    expect((await client.run('{ role(slug: "software-architect") { name } }')).data).toEqual({
      role: { name: 'Software Architect' },
    });
    await client.server.stop();
  });

  it('hides field suggestions in production, and keeps them in development', async () => {
    const production = await clientWith();
    const [hidden] = (await production.run('{ role(slug: "sql") { nam } }')).errors ?? [];
    expect(hidden?.message).toBe('Cannot query field "nam" on type "Role".');
    await production.server.stop();
    const development = await inProcessClient(new MemoryStore(seed));
    const [shown] = (await development.run('{ role(slug: "sql") { nam } }')).errors ?? [];
    expect(shown?.message).toContain('Did you mean "name"');
    await development.server.stop();
  });
});

describe('list prices', () => {
  /** Per item, as the cost reports it: a field selecting its list's __typename costs 1 + size. */
  async function priceOf(client: Awaited<ReturnType<typeof clientWith>>, query: string, base: number) {
    const answer = await client.run(query);
    expect(answer.errors).toBeUndefined();
    return costOf(answer) - base;
  }

  it('names only list fields the schema has', async () => {
    const schema = await buildCareerGraphSchema();
    const isList = (typeName: string, fieldName: string) => {
      const type = schema.getType(typeName);
      const field = type && 'getFields' in type ? type.getFields()[fieldName] : undefined;
      return field !== undefined && isListType(getNullableType(field.type));
    };
    for (const coordinate of Object.keys(listBounds)) {
      const [typeName = '', fieldName = ''] = coordinate.split('.');
      const list =
        typeName === '*'
          ? Object.keys(schema.getTypeMap()).some((name) => isList(name, fieldName))
          : isList(typeName, fieldName);
      expect({ coordinate, list }).toEqual({ coordinate, list: true });
    }
  });

  it('prices every list of objects: by the graph, by its own estimate, or as a connection by `first`', async () => {
    const schema = await buildCareerGraphSchema();
    const prices = new ListPrices(new MemoryStore(seed), {
      checkSeconds: 0,
      logger: createLogger('silent'),
    });
    await prices.start();
    const unpriced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const listed = getNullableType(field.type);
        if (!isListType(listed) || !isCompositeType(getNamedType(listed))) continue;
        const priced =
          prices.sizeOf(`${type.name}.${field.name}`) !== undefined ||
          type
            .getInterfaces()
            .some((shared) => prices.sizeOf(`${shared.name}.${field.name}`) !== undefined) ||
          typeof field.extensions?.complexity === 'function' ||
          type.name.endsWith('Connection');
        if (!priced) unpriced.push(`${type.name}.${field.name}`);
      }
    }
    expect(unpriced).toEqual([]);
  });

  it('prices each property list at the longest such array anywhere in the seed graph', async () => {
    const longest = new Map<string, number>();
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      for (const [name, inner] of Object.entries(value)) {
        if (Array.isArray(inner)) longest.set(name, Math.max(longest.get(name) ?? 0, inner.length));
        walk(inner);
      }
    };
    walk(seed);
    const prices = new ListPrices(new MemoryStore(seed), { checkSeconds: 0, logger: createLogger('silent') });
    await prices.start();
    const properties = Object.entries(listBounds).flatMap(([coordinate, bound]) =>
      'property' in bound ? [[coordinate, bound.property] as const] : [],
    );
    expect(properties.length).toBeGreaterThan(3);
    for (const [coordinate, property] of properties)
      expect([coordinate, prices.sizeOf(coordinate)]).toEqual([coordinate, longest.get(property) ?? 0]);
  });

  it('prices each relation of a role at the longest such list in the loaded graph', async () => {
    const client = await clientWith({ maxCost: Number.MAX_SAFE_INTEGER });
    const all = await client.run<{ roles: { nodes: Record<string, unknown[]>[] } }>(
      '{ roles(first: 100) { nodes { skills { __typename } technologies { __typename } nextRoles { __typename } previousRoles { __typename } salaries { __typename } } } }',
    );
    const nodes = all.data?.roles.nodes ?? [];
    for (const field of ['skills', 'technologies', 'nextRoles', 'previousRoles', 'salaries']) {
      const longest = Math.max(...nodes.map((role) => role[field]?.length ?? 0));
      // role 1 + the list field 1 + one point per item.
      const price = await priceOf(client, `{ role(slug: "x") { ${field} { __typename } } }`, 2);
      expect({ field, price }).toEqual({ field, price: longest });
    }
    await client.server.stop();
  });

  it('measures the graph again when the store serves another dataset, and only then', async () => {
    // The real store, whose role skill lists grow by 30 under a new dataset marker once `reseeded` is
    // set: what a Neo4j reseeded under a running API shows.
    const store = new MemoryStore(seed);
    const neighbours = store.neighbours.bind(store);
    const readiness = store.readiness.bind(store);
    let reseeded = false;
    store.neighbours = (async (relation: Relation, slugs: readonly string[]) => {
      const lists = await neighbours(relation, slugs);
      return reseeded && relation === 'Role.skills'
        ? lists.map((list) => [...list, ...list.slice(0, 30)])
        : lists;
    }) as GraphStore['neighbours'];
    store.readiness = async () => {
      const answer = await readiness();
      return answer.ready && reseeded
        ? { ...answer, dataset: { ...answer.dataset, hash: 'reseeded' } }
        : answer;
    };
    const prices = new ListPrices(store, { checkSeconds: 0, logger: createLogger('silent') });
    await prices.start();
    const before = prices.sizeOf('Role.skills') ?? 0;
    const version = prices.version;
    await prices.check();
    expect(prices.version).toBe(version);
    reseeded = true;
    await prices.check();
    expect(prices.sizeOf('Role.skills')).toBe(before + 30);
    expect(prices.version).toBe(version + 1);
    prices.stop();
  });
});

describe('the operation deadline', () => {
  it('cuts a long introspection, which makes no store call, and reports it once', async () => {
    const client = await clientWith({ maxCost: Number.MAX_SAFE_INTEGER, operationTimeoutMs: 5 });
    const walk =
      'types { name fields { name args { name type { name ofType { name } } } type { name fields { name type { name } } } } }';
    const aliases = Array.from({ length: 20 }, (_, index) => `w${index}: ${walk}`).join(' ');
    const answer = await client.run(`{ __schema { ${aliases} } }`);
    expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['OPERATION_TIMEOUT']);
    expect(answer.data).toBeNull();
    await client.server.stop();
  });

  it("accepts GraphiQL's introspection query within the default limits", async () => {
    const client = await clientWith();
    const answer = await client.run(getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
    expect(costOf(answer)).toBeLessThan(defaultQueryLimits.maxCost / 2);
    await client.server.stop();
  });
});
