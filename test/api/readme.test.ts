/*
 * README.md's answers, checked against the server: the quick start's query and the related-roles
 * example answer exactly what README shows, and the errors table states the body limit the server
 * enforces. (A newcomer reads these first.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { loadSeed } from '../../src/seed/load-seed';
import { maxBodyBytes } from '../../src/server/limits';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

/** The section of README under `heading` (up to the next heading of any level). */
function section(heading: string): string {
  const start = readme.indexOf(`${heading}\n`);
  if (start === -1) throw new Error(`README.md has no "${heading}"`);
  const rest = readme.slice(start + heading.length + 1);
  const next = rest.search(/^#{2,4} /m);
  return next === -1 ? rest : rest.slice(0, next);
}

/** The fenced blocks of one language in `text`, in order. */
const blocks = (text: string, language: string) =>
  [...text.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1] as string,
  );

let client: Awaited<ReturnType<typeof inProcessClient>>;
beforeAll(async () => {
  client = await inProcessClient(new MemoryStore(await loadSeed()));
});
afterAll(() => client.server.stop());

describe('README.md', () => {
  it('quick start: the curl query answers what README shows, a path and not an empty list', async () => {
    const quickStart = section('## Quick start');
    const curl = blocks(quickStart, 'sh').find((block) => block.includes('curl'));
    const body = /-d '(.*)'/.exec(curl ?? '')?.[1];
    const { query } = JSON.parse(body ?? '{}') as { query: string };
    const shown = JSON.parse(blocks(quickStart, 'json')[0] ?? '{}') as { data: unknown };
    const answer = await client.run(query);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(shown.data);
    expect(JSON.stringify(answer.data)).not.toMatch(/\[\]/);
  });

  it('related roles: the example answers what README shows, each score with its explanation', async () => {
    const example = section('### Related roles');
    const [query] = blocks(example, 'graphql');
    const shown = JSON.parse(blocks(example, 'json')[0] ?? '{}') as { data: unknown };
    const answer = await client.run(query ?? '');
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual(shown.data);
    expect(query).toContain('explanation');
  });

  it('errors table: a body over the limit is a 413, at the size the server enforces', () => {
    const errors = section('## Errors');
    const row = errors.split('\n').find((line) => /body over/.test(line));
    expect(row).toContain(`a body over ${maxBodyBytes / 1000} kB`);
    expect(row).toContain('HTTP 413');
    expect(errors).not.toMatch(/1 MB/);
  });
});
