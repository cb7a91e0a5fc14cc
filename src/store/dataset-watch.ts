import type { DatasetMarker } from './dataset-marker';
import type { GraphStore } from './graph-store';

/**
 * The dataset a store serves, as last read, re-read when older than `maxAgeMs`. Neo4j can be reseeded
 * under a running API (by another process, on another machine): each API instance notices the new marker
 * within `maxAgeMs` of a request, and whatever it derived from the old dataset can be rebuilt (onChange).
 * A failed read keeps the last known marker: an outage does not make the API forget its dataset.
 */
export class DatasetWatch {
  private marker: DatasetMarker | null = null;
  private readAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<DatasetMarker | null> | null = null;
  private readonly listeners: ((marker: DatasetMarker) => void)[] = [];

  constructor(
    private readonly store: Pick<GraphStore, 'datasetMarker'>,
    private readonly maxAgeMs = 5_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The last known marker, at once; starts a re-read in the background when it is stale. */
  current(): DatasetMarker | null {
    if (this.now() - this.readAt > this.maxAgeMs) void this.refresh();
    return this.marker;
  }

  /** The marker, re-read now unless a read is already under way. */
  refresh(): Promise<DatasetMarker | null> {
    this.reading ??= this.store
      .datasetMarker()
      .then((marker) => {
        this.readAt = this.now();
        if (marker !== null && marker.hash !== this.marker?.hash) {
          this.marker = marker;
          for (const listener of this.listeners) listener(marker);
        }
        return this.marker;
      })
      .catch(() => this.marker)
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }

  /** Called with the new marker whenever the dataset changes (a different hash), the first read included. */
  onChange(listener: (marker: DatasetMarker) => void): void {
    this.listeners.push(listener);
  }
}
