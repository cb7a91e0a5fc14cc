/**
 * How text is compared in search, shared by every store: case and accent insensitive ("Café" is
 * "cafe"), with "#" and "+" kept inside words so C, C# and C++ stay apart.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Words of a text, normalized: "Node.js / .NET" gives node, js, net. */
export function tokenize(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}#+]+/u)
    .filter((word) => word.length > 0);
}

/** A text's words run together ("postgre sql" gives postgresql), so a name typed without spaces still matches. */
export function compact(text: string): string {
  return tokenize(text).join('');
}

/**
 * Word scores alone let a long alias outweigh the very name typed: a node whose whole name (or alias)
 * is the query ranks first, and one whose name starts with it comes next.
 */
export function nameMatchBoost(query: string, names: readonly string[]): number {
  if (names.includes(query)) return 3;
  if (names.some((name) => name.startsWith(query))) return 1.5;
  return 1;
}
