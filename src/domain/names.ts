import { compact } from './search-text';

/**
 * The key under which a name or alias identifies a node: case, accents, spaces and punctuation do not
 * matter ("Node.js", "NodeJS" and "node js" are one name), but "#" and "+" do (C, C# and C++ differ).
 */
export function aliasKey(name: string): string {
  return compact(name);
}
