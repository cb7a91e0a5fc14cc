import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { SeedProblem } from './seed-errors';
import { seedFiles, type SeedFileContent, type SeedFileName } from './seed-schema';

type PathKey = string | number;

/** A parsed seed file that can say on which line any part of it stands. */
export class ParsedSeedFile {
  constructor(
    readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  lineOf(keys: readonly PathKey[]): number | null {
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = this.document.getIn(keys.slice(0, depth), true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
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
    const entry: unknown = this.document.getIn([index]);
    const plain = entry instanceof Object && 'toJSON' in entry ? (entry as { toJSON(): unknown }).toJSON() : entry;
    const record = (plain ?? {}) as Record<string, unknown>;
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

  for (const [file, schema] of Object.entries(seedFiles) as [SeedFileName, (typeof seedFiles)[SeedFileName]][]) {
    let raw: string;
    try {
      raw = await readFile(path.join(directory, file), 'utf8');
    } catch (error) {
      problems.push({ file, line: null, entry: null, path: '', reason: `cannot be read (${(error as Error).message})` });
      continue;
    }
    const lines = new LineCounter();
    const document = parseDocument(raw, { lineCounter: lines, prettyErrors: false });
    const seedFile = new ParsedSeedFile(file, document, lines);
    parsed[file] = seedFile;
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const line = error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line;
        problems.push({ file, line, entry: null, path: '', reason: `is not valid YAML: ${error.message}` });
      }
      continue;
    }
    const result = schema.safeParse(document.toJS() ?? []);
    if (result.success) {
      content[file] = result.data;
    } else {
      for (const issue of result.error.issues) {
        problems.push(seedFile.problem(issue.path as PathKey[], issue.message));
      }
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    files: { content: content as SeedFileContent, parsed: parsed as SeedFiles['parsed'] },
  };
}
