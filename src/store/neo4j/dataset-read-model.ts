import { performance } from 'node:perf_hooks';
import * as cypher from './cypher';
import type { Neo4jClient } from './neo4j-client';

/** How often an API instance asks Neo4j whether the dataset changed, by default. */
export const defaultDatasetRefreshMs = 1_000;

/**
 * Which dataset Neo4j holds, as the marker every seed writes in its own transaction says (the seed's
 * content hash and when it was written), read at most once per `refreshMs` and shared by every read
 * model of one store: one small query a second per API instance, however many models it keeps.
 */
export class DatasetVersion {
  private version: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<string | null> | null = null;

  constructor(
    private readonly client: Neo4jClient,
    private readonly refreshMs: number = defaultDatasetRefreshMs,
  ) {}

  /** The marker's version, read again when the last read is older than refreshMs (concurrent callers share one read). */
  current(): Promise<string | null> {
    if (performance.now() - this.checkedAt < this.refreshMs) return Promise.resolve(this.version);
    this.reading ??= this.read().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async read(): Promise<string | null> {
    const started = performance.now();
    const [row] = await this.client.read(cypher.datasetState);
    this.version = row?.hash == null ? null : `${String(row.hash)} ${String(row.seededAt)}`;
    this.checkedAt = started;
    return this.version;
  }
}

/** Whether a read model can answer: built once (ready), or why not yet. */
export type ReadModelState = { readonly ready: true } | { readonly ready: false; readonly reason: string };

/**
 * Something the API process derives from the whole dataset (the search index, the transition graph) and
 * keeps until the dataset marker changes. It is built before the API says ready (readiness calls
 * `prepare`, which starts the first build), and rebuilt in the background when a seed changes the
 * marker: until the new model is built, callers get the previous one at once, then the new one replaces
 * it. So no request waits for a rebuild (18 s for the transition graph at 10,000 roles on a loaded
 * machine), except one that comes before the first build, which waits for it.
 *
 * The marker is read before the data: a seed that lands in between leaves a model built from newer data
 * under the older version, and the next check rebuilds it again. So every API instance of a cluster
 * notices a seed by itself within `refreshMs` of a request or readiness check; while a seed runs, its
 * transaction is not yet visible and answers come from the previous data. A failed rebuild keeps the
 * previous model, and the next check tries again. Data written other than by the seeder is noticed only
 * at the next seed, or on restart.
 */
export class DatasetReadModel<T> {
  private built: { readonly model: T; readonly version: string | null } | null = null;
  private building: Promise<T> | null = null;
  private lastError: Error | null = null;

  constructor(
    private readonly version: DatasetVersion,
    private readonly load: () => Promise<T>,
  ) {}

  /** The model to answer from: the last one built, while a newer one builds in the background. */
  async current(): Promise<T> {
    const version = await this.version.current();
    if (this.built === null) return this.build(version);
    if (version !== this.built.version) this.buildInBackground(version);
    return this.built.model;
  }

  /** Starts the build the current dataset needs, if any; ready once some model is built (readiness). */
  async prepare(): Promise<ReadModelState> {
    const version = await this.version.current();
    if (this.built?.version !== version) this.buildInBackground(version);
    if (this.built !== null) return { ready: true };
    return {
      ready: false,
      reason: this.lastError ? `its last build failed: ${this.lastError.message}` : 'it is being built',
    };
  }

  /** Resolves once the model of the dataset Neo4j holds now is built (tests and benchmarks wait on it). */
  async settled(): Promise<void> {
    for (;;) {
      const version = await this.version.current();
      if (this.built?.version === version) return;
      await this.build(version);
    }
  }

  private buildInBackground(version: string | null): void {
    this.build(version).catch(() => undefined);
  }

  /** One build at a time: concurrent callers share it, and a build for an older version is followed by another. */
  private build(version: string | null): Promise<T> {
    this.building ??= this.load()
      .then((model) => {
        this.built = { model, version };
        this.lastError = null;
        return model;
      })
      .catch((error: unknown) => {
        this.lastError = error as Error;
        throw error;
      })
      .finally(() => {
        this.building = null;
      });
    return this.building;
  }
}
