import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

/** A script of the built project (dist/ of this checkout or of `root`), as `npm start` runs it; `npm test` builds before jest. */
export function builtScript(relative: string, root: string = projectRoot): string {
  const script = path.join(root, 'dist', relative);
  if (!existsSync(script))
    throw new Error(`${script} is missing: run \`npm run build\` first (npm test does).`);
  return script;
}
