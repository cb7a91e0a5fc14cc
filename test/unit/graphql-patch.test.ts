import { execFileSync } from 'node:child_process';
import { loadSeed } from '../../src/seed/load-seed';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { projectRoot } from '../../src/project-root';
import { inProcessClient } from '../support/api-client';

/**
 * patches/graphql+16.15.0.patch (see patches/README.md): graphql-js's result and argument objects are
 * made in V8's fast mode, and still inherit nothing.
 */
describe('the graphql-js patch', () => {
  it('leaves result objects in fast mode (V8 natives, in a child process)', () => {
    const script = `
      const { buildSchema, execute, parse } = require('graphql');
      const schema = buildSchema('type Query { role(slug: String!, first: Int): Role } type Role { slug: String name: String skills: [Skill] } type Skill { slug: String }');
      const rootValue = { role: (args) => { return { slug: args.slug, name: 'N', skills: [{ slug: 'a' }, { slug: 'b' }] }; } };
      const result = execute({ schema, rootValue, document: parse('{ role(slug: "x", first: 2) { slug name skills { slug } } }') });
      const objects = [result.data, result.data.role, result.data.role.skills[0]];
      console.log(JSON.stringify({ fast: objects.map((o) => %HasFastProperties(o)), json: JSON.stringify(result) }));`;
    const output = execFileSync(process.execPath, ['--allow-natives-syntax', '-e', script], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    const { fast, json } = JSON.parse(output) as { fast: boolean[]; json: string };
    expect(fast).toEqual([true, true, true]);
    expect(JSON.parse(json)).toEqual({
      data: { role: { slug: 'x', name: 'N', skills: [{ slug: 'a' }, { slug: 'b' }] } },
    });
  });

  it('answers names an object prototype would hold as plain own fields', async () => {
    const client = await inProcessClient(new MemoryStore(await loadSeed()));
    try {
      const answer = await client.run<Record<string, unknown>>(
        '{ __proto__: __typename constructor: __typename toString: __typename hasOwnProperty: role(slug: "backend-developer") { __proto__: name valueOf: slug } }',
      );
      expect(answer.errors).toBeUndefined();
      const data = answer.data as Record<string, unknown>;
      expect(Object.keys(data)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
      expect(data['constructor']).toBe('Query');
      // Written as JSON: in an object literal, __proto__ would set the prototype instead.
      expect(data['hasOwnProperty']).toEqual(
        JSON.parse('{ "__proto__": "Backend Developer", "valueOf": "backend-developer" }'),
      );
    } finally {
      await client.server.stop();
    }
  });
});
