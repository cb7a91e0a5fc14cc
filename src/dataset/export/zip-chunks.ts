import { Zip, ZipDeflate } from 'fflate';
import type { ExportFile } from './export-dataset';

/**
 * The files as one zip archive (DEFLATE), produced piece by piece: each file's text chunks are
 * compressed as they come, so no file and no archive is held whole. `modified` is written as every
 * entry's time (the release day): the same files give the same bytes, which the ETag promises.
 */
export function* zipChunks(files: readonly ExportFile[], modified: Date): Iterable<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate's synchronous classes call back during push(): what they emit is collected, then yielded.
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    yield* ready.splice(0, ready.length);
  };
  const encoder = new TextEncoder();
  for (const file of files) {
    const entry = new ZipDeflate(file.name, { level: 6 });
    entry.mtime = modified;
    archive.add(entry);
    for (const chunk of file.chunks()) {
      entry.push(encoder.encode(chunk));
      yield* drain();
    }
    entry.push(new Uint8Array(0), true);
    yield* drain();
  }
  archive.end();
  yield* drain();
}
