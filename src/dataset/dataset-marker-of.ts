import type { SeedGraph } from '../seed/seed-graph';
import type { DatasetMarker } from '../store/dataset-marker';
import { hashFacts } from './dataset-hash';
import { factCounts, factsOf } from './facts';

/** The marker a store holds for a seed graph: its release, content hash and counts, seeded at `seededAt`. */
export function datasetMarkerOf(graph: SeedGraph, seededAt: string): DatasetMarker {
  const facts = factsOf(graph);
  return {
    seededAt,
    hash: hashFacts(facts),
    version: graph.release.version,
    builtAt: graph.release.released,
    counts: factCounts(facts),
  };
}
