/*
 * What an export is, apart from writing one: its formats, layout and media types. The HTTP route needs
 * these at start-up; the writers (export-dataset.ts, with the CSV, GraphML and zip libraries) only when
 * a download is asked for.
 */

export const exportFormats = ['csv', 'graphml', 'jsonld', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const isExportFormat = (value: string): value is ExportFormat =>
  (exportFormats as readonly string[]).includes(value);

/**
 * The layout of the exported files: raised whenever the same facts would be written differently (a
 * column added, renamed, ...), so that an ETag (the dataset hash and this) names the bytes sent.
 */
export const exportLayout = 1;

/** The media type of each format's file (a CSV export over HTTP is a zip of its files). */
export const mediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** One file of an export, produced as text chunks so that a large graph streams. */
export interface ExportFile {
  readonly name: string;
  chunks(): Iterable<string>;
}

/** An export: the content hash of the facts it holds, and its files. */
export interface PreparedExport {
  readonly hash: string;
  readonly files: readonly ExportFile[];
}
