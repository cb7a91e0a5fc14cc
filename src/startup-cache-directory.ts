import path from 'node:path';
import { projectRoot } from './project-root';

/**
 * Where start-ups keep what they can reuse (the checked seed, the compiled server code), from
 * SEED_CACHE_DIR: unset, node_modules/.cache/careergraph in the project; `off`, nowhere (null).
 * config.ts validates the setting; src/boot.ts reads it before anything else is loaded.
 */
export function startupCacheDirectory(setting: string | undefined): string | null {
  if (setting === 'off') return null;
  return path.resolve(setting ?? path.join(projectRoot, 'node_modules', '.cache', 'careergraph'));
}
