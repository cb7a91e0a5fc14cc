import { loadSeed } from '../../src/seed/load-seed';
import { defaultQueryLimits } from '../../src/server/limits';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';
import { countingStore } from '../support/counting-store';

/** Roles -> skills -> technologies, plus next roles -> target role, all with sources. */
const nestedQuery = `query Nested($first: Int!) {
  roles(first: $first) {
    nodes {
      slug
      sources { slug }
      skills { importance skill { slug technologies { slug sources { slug } } } }
      nextRoles { kind to { slug name } }
    }
  }
}`;

async function callsFor(first: number) {
  const store = countingStore(new MemoryStore(await loadSeed()));
  // The query is deliberately as wide as the graph: the cost limit is lifted so the bound is what is tested.
  const client = await inProcessClient(store, false, {
    ...defaultQueryLimits,
    maxCost: Number.MAX_SAFE_INTEGER,
  });
  store.calls.length = 0; // the server read the graph's list sizes at start; only the query's calls count
  const answer = await client.run<{ roles: { nodes: unknown[] } }>(nestedQuery, { first });
  expect(answer.errors).toBeUndefined();
  const calls = [...store.calls];
  await client.server.stop();
  return { calls, roles: answer.data?.roles.nodes.length as number };
}

describe('DataLoader batching', () => {
  it('makes one store call per loader and nesting level, whatever the number of roles', async () => {
    const few = await callsFor(3);
    const all = await callsFor(100);
    expect(all.roles).toBeGreaterThan(few.roles * 5);
    // The same calls, in the same order, for 3 roles or for every role: nothing grows with the result.
    expect(all.calls).toEqual(few.calls);
    // The roles come with the relations the query reads from them (looked ahead): no call of their own.
    expect(all.calls[0]).toBe('listExpandedRoles');
    for (const relation of ['Role.skills', 'Role.nextRoles'])
      expect(all.calls).not.toContain(`neighbours(${relation})`);
    expect(all.calls).not.toContain('nodesBySlug(Role)');
    // Deeper relations are fetched in a single batch each.
    expect(all.calls.filter((call) => call === 'neighbours(Skill.technologies)')).toHaveLength(1);
    // Nesting levels: roles with skills and next roles, sources, skill technologies, technology sources.
    expect(all.calls.length).toBeLessThanOrEqual(4);
    console.log(`store calls for ${all.roles} roles: ${all.calls.length} (${all.calls.join(', ')})`);
  });

  it('ranks the related roles of every role of a list in one store call', async () => {
    const store = countingStore(new MemoryStore(await loadSeed()));
    const client = await inProcessClient(store, false, {
      ...defaultQueryLimits,
      maxCost: Number.MAX_SAFE_INTEGER,
    });
    store.calls.length = 0;
    const answer = await client.run<{ roles: { nodes: unknown[] } }>(
      '{ roles(first: 100) { nodes { relatedRoles(first: 3) { score role { slug } } } } }',
    );
    const calls = [...store.calls];
    await client.server.stop();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.roles.nodes.length).toBeGreaterThan(20);
    expect(calls.filter((call) => call === 'relatedRoles')).toHaveLength(1);
  });

  it('reads a role page (the role, its skills, its next roles and their names) in one store call', async () => {
    const store = countingStore(new MemoryStore(await loadSeed()));
    const client = await inProcessClient(store);
    store.calls.length = 0;
    const answer = await client.run<{
      role: { skills: unknown[]; nextRoles: { to: { name: string } }[] };
    }>(
      `query Page($slug: String!) {
        role(slug: $slug) {
          name
          ... on Role { skills { importance skill { slug } } }
          ...Moves
        }
      }
      fragment Moves on Role { nextRoles { kind to { slug name } } hiredBy @skip(if: true) { emphasis } }`,
      { slug: 'senior-backend-developer' },
    );
    const calls = [...store.calls];
    await client.server.stop();
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.role.skills.length).toBeGreaterThan(3);
    expect(answer.data?.role.nextRoles.map((move) => move.to.name)).toContain('Software Architect');
    // Fragments are followed and a skipped field is not fetched.
    expect(calls).toEqual(['expand(Role: Role.nextRoles, Role.skills)']);
  });
});
