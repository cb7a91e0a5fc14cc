import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../project-root';

/**
 * The folder of source documents facts are checked against: SEED_DOCUMENTS, or shared/seeds beside the
 * project (where the development and CI machines keep them). The project never holds their text.
 */
export function documentsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.SEED_DOCUMENTS
    ? path.resolve(env.SEED_DOCUMENTS)
    : path.resolve(projectRoot, '..', 'shared', 'seeds');
}

/**
 * One document's lines, 1-based (index 0 is unused), with the engine-room guide's mis-decoding undone:
 * its dashes and ticks were UTF-8 read as a Thai code page, which left "โ" where each "–", "—", "✓" or
 * "→" stood ("0โ2 years" is "0–2 years"), and "๐" plus a letter for each emoji.
 */
export interface SourceDocument {
  readonly file: string;
  readonly lines: readonly string[];
  /** Lines in the document (the last line counts even without a final newline). */
  readonly lineCount: number;
}

export function repairText(text: string): string {
  return text.replace(/๐[\u0E00-\u0E7F]/g, ' ').replace(/โ/g, '–');
}

export function readDocumentText(file: string, text: string): SourceDocument {
  const lines = repairText(text).split(/\r?\n/);
  // A final newline ends the last line; it does not start another.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { file, lines: ['', ...lines], lineCount: lines.length };
}

/** Every *.txt document in the folder, by file name; null when the folder does not exist. */
export async function readDocuments(directory: string): Promise<Map<string, SourceDocument> | null> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return null;
  }
  const documents = new Map<string, SourceDocument>();
  for (const name of names.filter((entry) => entry.endsWith('.txt')).sort()) {
    documents.set(name, readDocumentText(name, await readFile(path.join(directory, name), 'utf8')));
  }
  return documents;
}
