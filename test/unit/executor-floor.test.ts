import { parse, visit } from 'graphql';
import { executorFloors, withTypenames } from '../../bench/scenarios/executor-floor';
import { loadSeed } from '../../src/seed/load-seed';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';

const rolePage = `query RolePage($slug: String!) {
  role(slug: $slug) { name skills { importance skill { slug name } } technologies { slug name } }
}`;

describe("the benchmark's graphql-js floor", () => {
  it('asks every selection set for its type name', () => {
    let sets = 0;
    visit(parse(withTypenames(rolePage)), {
      SelectionSet: (node) => {
        sets += 1;
        expect(
          node.selections.some((field) => field.kind === 'Field' && field.name.value === '__typename'),
        ).toBe(true);
      },
    });
    expect(sets).toBe(5);
  });

  it('executes an operation over its own answer, and grows with the answer', async () => {
    const client = await inProcessClient(new MemoryStore(await loadSeed()));
    try {
      const fetchAnswer = async (query: string, variables: Record<string, unknown>) => {
        const answer = await client.run(withTypenames(query), variables);
        expect(answer.errors).toBeUndefined();
        return answer.data;
      };
      const small = { name: 'one role name', query: '{ role(slug: "backend-developer") { name } }' };
      const large = { name: 'role page', query: rolePage, variables: { slug: 'senior-backend-developer' } };
      const floors = await executorFloors([
        { operation: small, data: await fetchAnswer(small.query, {}) },
        { operation: large, data: await fetchAnswer(large.query, large.variables) },
      ]);
      expect(floors.get('one role name')).toBeGreaterThan(0);
      // Some 150 skills and technologies against one name.
      expect(floors.get('role page')).toBeGreaterThan(5 * (floors.get('one role name') as number));
    } finally {
      await client.server.stop();
    }
  });

  it('refuses an operation with aliases, whose values the default resolver would not find', async () => {
    const operation = { name: 'aliased', query: '{ r: role(slug: "backend-developer") { name } }' };
    await expect(executorFloors([{ operation, data: { r: { name: 'Backend Developer' } } }])).rejects.toThrow(
      'the executor floor takes operations without aliases',
    );
  });
});
