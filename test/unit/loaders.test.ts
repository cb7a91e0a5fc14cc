import type { GraphQLInterfaceType } from 'graphql';
import { Loaders } from '../../src/api/loaders';
import { buildCareerGraphSchema } from '../../src/api/schema';
import type { TransitionEntity } from '../../src/domain/entities';
import { loadSeed } from '../../src/seed/load-seed';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { countingStore } from '../support/counting-store';

const role = 'senior-backend-developer';

async function freshLoaders() {
  const store = countingStore(new MemoryStore(await loadSeed()));
  return { store, loaders: new Loaders(store) };
}

describe('Loaders: values a request has read are handed out at once', () => {
  it('asks the store for a relation once, then answers it without a promise', async () => {
    const { store, loaders } = await freshLoaders();
    const first = loaders.relationOf('Role.skills', role);
    expect(first).toBeInstanceOf(Promise);
    const links = await first;
    expect(links.length).toBeGreaterThan(10);
    const again = loaders.relationOf('Role.skills', role);
    expect(again).not.toBeInstanceOf(Promise);
    expect(again).toBe(links);
    expect(store.calls).toEqual(['neighbours(Role.skills)']);
  });

  it('still batches what it has not read: two nodes asked in one tick are one store call', async () => {
    const { store, loaders } = await freshLoaders();
    const [a, b] = await Promise.all([
      loaders.relationOf('Role.nextRoles', role),
      loaders.relationOf('Role.nextRoles', 'junior-backend-developer'),
    ]);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(store.calls).toEqual(['neighbours(Role.nextRoles)']);
  });

  it('hands out what an expansion primed, transitions and the roles they point at included', async () => {
    const { store, loaders } = await freshLoaders();
    const expanded = await loaders.expanded('Role', ['Role.nextRoles', 'Role.skills']).load(role);
    expect(expanded?.slug).toBe(role);
    const callsAfterExpansion = [...store.calls];
    const transitions = loaders.relationOf('Role.nextRoles', role) as TransitionEntity[];
    expect(Array.isArray(transitions)).toBe(true);
    expect(transitions.length).toBeGreaterThan(0);
    for (const transition of transitions) {
      const target = loaders.existingOne('Role', transition.to);
      expect(target).not.toBeInstanceOf(Promise);
      expect((target as { slug: string }).slug).toBe(transition.to);
    }
    expect(loaders.existingOne('Role', role)).toBe(expanded);
    expect(store.calls).toEqual(callsAfterExpansion);
  });

  it('answers `existing` at once only when every node is known, and refuses a missing one', async () => {
    const { store, loaders } = await freshLoaders();
    const known = await loaders.existing('Role', [role]);
    const mixed = loaders.existing('Role', [role, 'backend-developer']);
    expect(mixed).toBeInstanceOf(Promise);
    expect((await mixed).map((node) => node.slug)).toEqual([role, 'backend-developer']);
    const both = loaders.existing('Role', [role, 'backend-developer']);
    expect(both).not.toBeInstanceOf(Promise);
    expect((both as typeof known)[0]).toBe(known[0]);
    await expect(loaders.existing('Role', ['no-such-role'])).rejects.toThrow(
      'store is inconsistent: Role "no-such-role" is referenced but missing',
    );
    await expect(Promise.resolve(loaders.existingOne('Role', 'no-such-role'))).rejects.toThrow(
      'is referenced but missing',
    );
    // A slug no node has stays unknown: asked again, it goes to the loader (its cached answer), not a value.
    const again = loaders.existingOne('Role', 'no-such-role');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('is referenced but missing');
    expect(store.calls.filter((call) => call === 'nodesBySlug(Role)')).toHaveLength(3);
  });
});

describe('abstract types resolve without a promise', () => {
  it('names the object type of a technology and of a node at once', async () => {
    const schema = await buildCareerGraphSchema();
    const store = new MemoryStore(await loadSeed());
    const [postgres] = await store.nodesBySlug('Technology', ['postgresql']);
    const [backend] = await store.nodesBySlug('Role', ['backend-developer']);
    const technology = schema.getType('Technology') as GraphQLInterfaceType;
    const node = schema.getType('Node') as GraphQLInterfaceType;
    // graphql-js passes context, info and the abstract type; these resolvers read the value only.
    const resolve = (type: GraphQLInterfaceType, value: unknown) =>
      type.resolveType?.(value, {}, undefined as never, type);
    expect(resolve(technology, postgres)).toBe('Database');
    expect(resolve(node, postgres)).toBe('Database');
    expect(resolve(node, backend)).toBe('Role');
  });
});
