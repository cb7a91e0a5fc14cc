import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

  describe("the install's postinstall (package.json), run in a copy with graphql-js as npm installs it", () => {
    const postinstall = (
      JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
        scripts: { postinstall: string };
      }
    ).scripts.postinstall;
    const patchName = 'graphql+16.15.0.patch';
    let directory: string;
    const graphqlFile = (relative: string) => path.join(directory, 'node_modules', 'graphql', relative);
    const install = () =>
      spawnSync(postinstall, {
        cwd: directory,
        shell: true,
        encoding: 'utf8',
        env: {
          ...process.env,
          CI: '',
          PATH: `${path.join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
        },
      });

    beforeEach(() => {
      directory = mkdtempSync(path.join(os.tmpdir(), 'careergraph-patch-'));
      writeFileSync(path.join(directory, 'package.json'), '{ "name": "copy", "version": "1.0.0" }');
      cpSync(
        path.join(projectRoot, 'node_modules', 'graphql'),
        path.join(directory, 'node_modules', 'graphql'),
        {
          recursive: true,
        },
      );
      cpSync(path.join(projectRoot, 'patches', patchName), path.join(directory, 'patches', patchName));
      // Undo the patch in the copy (the project's node_modules has it applied): graphql-js as published.
      const undone = spawnSync('patch-package', ['--reverse'], {
        cwd: directory,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: `${path.join(projectRoot, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
        },
      });
      expect(undone.status).toBe(0);
      expect(readFileSync(graphqlFile('execution/execute.js'), 'utf8')).not.toContain('NullPrototypeObject');
    });
    afterEach(() => rmSync(directory, { recursive: true, force: true }));

    it('applies the patch to graphql-js as published', () => {
      expect(install().status).toBe(0);
      expect(readFileSync(graphqlFile('execution/execute.js'), 'utf8')).toContain(
        'new NullPrototypeObject()',
      );
    });

    it('fails when the patch no longer fits the installed code', () => {
      const file = graphqlFile('execution/execute.js');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('const results = Object.create(null);', 'const results = {};'),
      );
      expect(install().status).not.toBe(0);
    });

    it('fails when the patch was made for another version, even if it would apply', () => {
      renameSync(
        path.join(directory, 'patches', patchName),
        path.join(directory, 'patches', 'graphql+16.14.0.patch'),
      );
      expect(install().status).not.toBe(0);
    });
  });
});
