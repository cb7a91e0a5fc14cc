import path from 'node:path';
import { projectRoot } from '../project-root';
import { buildSeedGraph } from './build-seed-graph';
import { readEscoLayer, withEscoLayer } from './esco/esco-layer';
import { readSeedFiles } from './read-seed-files';
import { SeedValidationError } from './seed-errors';
import type { SeedGraph } from './seed-graph';

/** The project's own seed/ folder. */
export const defaultSeedDirectory = path.join(projectRoot, 'seed');

/**
 * Reads, validates and cross-checks every seed file, then adds the ESCO layer (seed/esco/ and the
 * crosswalk, src/seed/esco/esco-layer.ts) when the folder has one. All or nothing: on any problem it throws a
 * SeedValidationError that lists every problem (file, line, entry, reason), and returns no graph.
 */
export async function loadSeed(directory: string = defaultSeedDirectory): Promise<SeedGraph> {
  const read = await readSeedFiles(directory);
  if (!read.ok) throw new SeedValidationError(read.problems);
  const { graph, problems } = buildSeedGraph(read.files);
  if (problems.length > 0) throw new SeedValidationError(problems);
  const esco = await readEscoLayer(directory);
  if (esco === null) return graph;
  const layered = withEscoLayer(graph, esco);
  if (layered.problems.length > 0) throw new SeedValidationError(layered.problems);
  return layered.graph;
}
