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

/**
 * Something the API process derives from the whole dataset once (the search index, the transition
 * graph) and keeps until the dataset marker changes: then the next caller rebuilds it from the database
 * before it answers, and concurrent callers share that one rebuild.
 *
 * The marker is read before the data: a seed that lands in between leaves a model built from newer data
 * under the older version, and the next check rebuilds it again. So every API instance of a cluster
 * notices a seed by itself within `refreshMs`; while a seed runs, its transaction is not yet visible and
 * answers come from the previous data. Data written other than by the seeder is noticed only at the next
 * seed, or on restart.
 */
export class DatasetReadModel<T> {
  private model: T | null = null;
  private builtFor: string | null = null;
  private building: Promise<T> | null = null;

  constructor(
    private readonly version: DatasetVersion,
    private readonly load: () => Promise<T>,
  ) {}

  async current(): Promise<T> {
    const version = await this.version.current();
    if (this.model !== null && version === this.builtFor) return this.model;
    this.building ??= this.rebuild(version).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async rebuild(version: string | null): Promise<T> {
    const model = await this.load();
    this.model = model;
    this.builtFor = version;
    return model;
  }
}
