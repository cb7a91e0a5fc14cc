import { statSync } from 'node:fs';
import path from 'node:path';
import { freshCopy, removeCopy, timeNpmStart } from '../npm-start';
import type { ScenarioOptions, ScenarioResult } from '../scenario';
import { table } from './support';

/**
 * `npm start` twice in a fresh copy of the project (node_modules linked, no dist/): the first builds
 * TypeScript and the web pages, the second, with nothing changed, builds nothing (tsc -b finds its
 * outputs up to date, and scripts/build-web.ts its input hash unchanged) and only starts the server.
 */
export async function run(_options: ScenarioOptions): Promise<ScenarioResult> {
  const copy = await freshCopy();
  try {
    const first = await timeNpmStart(copy);
    const mainModified = statSync(path.join(copy, 'dist/src/main.js')).mtimeMs;
    const second = await timeNpmStart(copy);
    const rebuilt = statSync(path.join(copy, 'dist/src/main.js')).mtimeMs !== mainModified;
    const seconds = (value: number) => `${value.toFixed(2)} s`;
    return {
      title: 'Restart: npm start in a fresh copy, then again',
      markdown: [
        'Spawn of `npm start` to the first answered `{ __typename }`, embedded store, in a temporary copy of',
        'the project with `node_modules` linked (bench/npm-start.ts). The target for the second start is 3 s.',
        '',
        table(
          ['start', 'first answer', 'what it built'],
          [
            ['first (fresh copy, no dist/)', seconds(first.seconds), 'TypeScript and the web pages'],
            [
              'second (nothing changed)',
              seconds(second.seconds),
              rebuilt ? 'TypeScript (unexpected)' : 'nothing',
            ],
          ],
        ),
        '',
        `Second / first: ${(second.seconds / first.seconds).toFixed(2)}.`,
      ].join('\n'),
    };
  } finally {
    await removeCopy(copy);
  }
}
