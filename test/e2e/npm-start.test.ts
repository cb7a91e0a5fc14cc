/*
 * `npm start` twice in a fresh copy of the project: the first builds everything, the second, with
 * nothing changed, builds nothing and answers quickly. bench/scenarios/restart.ts reports the times;
 * the bound here is loose on purpose (the machines are shared), the "built nothing" checks are not.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { freshCopy, removeCopy, timeNpmStart, type NpmStart } from '../../bench/npm-start';

describe('npm start in a fresh copy, twice', () => {
  let copy: string;
  let first: NpmStart;
  let second: NpmStart;
  const built = () => ({
    main: statSync(path.join(copy, 'dist/src/main.js')).mtimeMs,
    webStamp: readFileSync(path.join(copy, 'dist/web/.inputs'), 'utf8'),
    webPage: statSync(path.join(copy, 'dist/web/playground.html')).mtimeMs,
  });
  let afterFirst: ReturnType<typeof built>;

  beforeAll(async () => {
    copy = await freshCopy();
    first = await timeNpmStart(copy);
    afterFirst = built();
    second = await timeNpmStart(copy);
  }, 300_000);
  afterAll(() => removeCopy(copy));

  it('builds the web pages on the first start', () => {
    expect(first.output).toMatch(/web pages built into dist\/web\//);
  });

  it('rebuilds nothing on the second: no TypeScript output, no web bundle rewritten', () => {
    expect(second.output).toContain('web pages in dist/web/ are up to date');
    expect(built()).toEqual(afterFirst);
  });

  it('answers on the second start within 15 s (about 1.8 s on a quiet 2-core machine; the first takes 20-40 s)', () => {
    console.log(`npm start: first ${first.seconds.toFixed(1)} s, second ${second.seconds.toFixed(1)} s`);
    expect(second.seconds).toBeLessThan(15);
    expect(second.seconds).toBeLessThan(first.seconds / 2);
  });
});
