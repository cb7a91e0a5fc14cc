import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder holding package.json: the same whether code runs from src/ (tests) or dist/src/ (built). */
export const projectRoot = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}
