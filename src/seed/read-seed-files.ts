import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Document, isCollection, isNode, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { SeedProblem } from './seed-errors';
import { seedFiles, type SeedFileContent, type SeedFileName } from './seed-schema';

type PathKey = string | number;

interface Located {
  readonly document: Document;
  readonly lines: LineCounter;
}

/** The YAML parser's full document: every node with its position. Slow and large on big files. */
function parseWithPositions(text: string): Located {
  const lines = new LineCounter();
  return { document: parseDocument(text, { lineCounter: lines, prettyErrors: false }), lines };
}

/**
 * A parsed seed file that can say on which line any part of it stands. Positions are only worked out
 * when a problem needs one: the file is parsed again, with positions, the first time (on a valid seed,
 * never), since keeping every node's position costs a 100,000-role seed minutes and gigabytes.
 */
export class ParsedSeedFile {
  private located: Located | null = null;

  /** `entries` is the file's content (validated or not); it names entries in problems. */
  constructor(
    readonly file: string,
    private readonly text: string,
    private readonly entries: unknown,
  ) {}

  lineOf(keys: readonly PathKey[]): number | null {
    this.located ??= parseWithPositions(this.text);
    const { document, lines } = this.located;
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = document.getIn(keys.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return null;
  }

  /** A problem at `keys` (index of the entry first), labelled with the entry's slug when it has one. */
  problem(keys: readonly PathKey[], reason: string): SeedProblem {
    const [index, ...rest] = keys;
    return {
      file: this.file,
      line: this.lineOf(keys),
      entry: typeof index === 'number' ? this.entryLabel(index) : null,
      path: formatPath(rest),
      reason,
    };
  }

  private entryLabel(index: number): string {
    const entry: unknown = Array.isArray(this.entries) ? this.entries[index] : undefined;
    const record = (entry ?? {}) as Record<string, unknown>;
    const name =
      typeof record.slug === 'string'
        ? record.slug
        : typeof record.from === 'string'
          ? `${record.from} -> ${String(record.to)}`
          : typeof record.role === 'string'
            ? record.role
            : null;
    return name === null ? `#${index + 1}` : `#${index + 1} (${name})`;
  }
}

export function formatPath(keys: readonly PathKey[]): string {
  return keys
    .map((key, position) => (typeof key === 'number' ? `[${key}]` : position === 0 ? key : `.${key}`))
    .join('');
}

/**
 * The content of a seed file, or its syntax errors. JSON is YAML (1.2), and the JSON parser reads a
 * JSON-style file (as bench/ writes generated graphs) about a hundred times faster, with the same result;
 * anything else, or JSON with a key stated twice (which YAML rejects), goes to the YAML parser.
 */
export function parseSeedText(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: { line: number; message: string }[] } {
  if (/^\s*[[{]/.test(text)) {
    try {
      const value: unknown = JSON.parse(text);
      if (statedKeys(text) === ownKeys(value)) return { ok: true, value };
    } catch {
      // Not JSON (YAML flow style, comments, ...): the YAML parser reads it or says what is wrong.
    }
  }
  const { document, lines } = parseWithPositions(text);
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        line: lines.linePos(openedAt(document, error.pos[0])).line,
        message: error.message,
      })),
    };
  }
  return { ok: true, value: document.toJS() };
}

/**
 * Where the construct that an error at `offset` belongs to was opened, when it is one that can run on
 * past its line unclosed: a flow list or map (`[a, b` with no `]`) or a quoted string. The parser only
 * notices those at the next line or the end of the file; the mistake is where they start.
 */
function openedAt(document: Document, offset: number): number {
  let opened = offset;
  visit(document, (_key, node) => {
    const unclosable =
      (isCollection(node) && node.flow === true) ||
      (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
    // The innermost such node around the error: visit goes from the outside in.
    if (unclosable && node.range && node.range[0] < offset && offset <= node.range[2]) opened = node.range[0];
  });
  return opened;
}

const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isJsonSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** How many keys a valid JSON text states, each occurrence counted: every string followed by a colon. */
function statedKeys(json: string): number {
  let keys = 0;
  for (let open = json.indexOf('"'); open !== -1;) {
    let close = json.indexOf('"', open + 1);
    for (;;) {
      let backslashes = 0;
      while (json.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) break;
      close = json.indexOf('"', close + 1);
    }
    let next = close + 1;
    while (isJsonSpace(json.charCodeAt(next))) next++;
    if (json.charCodeAt(next) === COLON) keys++;
    open = json.indexOf('"', next);
  }
  return keys;
}

/** How many keys the parsed value's objects hold: fewer than stated when a key was stated twice. */
function ownKeys(value: unknown): number {
  let keys = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item !== 'object' || item === null) continue;
    const values = Array.isArray(item) ? item : Object.values(item);
    if (!Array.isArray(item)) keys += values.length;
    for (const child of values) if (typeof child === 'object' && child !== null) pending.push(child);
  }
  return keys;
}

export interface SeedFiles {
  readonly content: SeedFileContent;
  readonly parsed: { readonly [F in SeedFileName]: ParsedSeedFile };
}

/**
 * Reads and shape-checks every seed file in `directory`. Returns every problem found in every file
 * (not only the first), or the typed content when there is none.
 */
export async function readSeedFiles(
  directory: string,
): Promise<{ ok: true; files: SeedFiles } | { ok: false; problems: SeedProblem[] }> {
  const problems: SeedProblem[] = [];
  const content: Partial<Record<SeedFileName, unknown>> = {};
  const parsed: Partial<Record<SeedFileName, ParsedSeedFile>> = {};

  for (const [file, schema] of Object.entries(seedFiles) as [
    SeedFileName,
    (typeof seedFiles)[SeedFileName],
  ][]) {
    let raw: string;
    try {
      raw = await readFile(path.join(directory, file), 'utf8');
    } catch (error) {
      problems.push({
        file,
        line: null,
        entry: null,
        path: '',
        reason: `cannot be read (${(error as Error).message})`,
      });
      continue;
    }
    const read = parseSeedText(raw);
    if (!read.ok) {
      parsed[file] = new ParsedSeedFile(file, raw, undefined);
      for (const { line, message } of read.errors) {
        problems.push({ file, line, entry: null, path: '', reason: `is not valid YAML: ${message}` });
      }
      continue;
    }
    const result = schema.safeParse(read.value ?? []);
    // The validated content names entries from here on, so the unvalidated copy can be let go.
    parsed[file] = new ParsedSeedFile(file, raw, result.success ? result.data : read.value);
    if (result.success) {
      content[file] = result.data;
    } else {
      for (const issue of result.error.issues) {
        problems.push(parsed[file].problem(issue.path as PathKey[], issue.message));
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    files: { content: content as SeedFileContent, parsed: parsed as SeedFiles['parsed'] },
  };
}
