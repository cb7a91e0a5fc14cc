import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

/** A script of the built project (dist/), as `npm start` runs it; `npm test` builds before jest. */
export function builtScript(relative: string): string {
  const script = path.join(projectRoot, 'dist', relative);
  if (!existsSync(script))
    throw new Error(`${script} is missing: run \`npm run build\` first (npm test does).`);
  return script;
}
