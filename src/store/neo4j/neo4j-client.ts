import neo4j, {
  isRetryableError,
  Neo4jError,
  type Driver,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailableError } from '../store-errors';

export interface Neo4jSettings {
  /** bolt://, neo4j:// (routing, for clusters and Aura) or their +s / +ssc forms. */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Database name; passed on every call so a cluster never guesses. */
  readonly database: string;
  /** Connections per host. */
  readonly maxPoolSize: number;
  /** How long to wait for a connection (to open one, or for a free one in the pool), in ms. */
  readonly connectionTimeoutMs: number;
  /**
   * How long a failed transaction keeps being retried, in ms. The driver waits about 1 s before the first
   * retry and doubles the wait after each, so anything below 800 ms means exactly one retry.
   */
  readonly retryTimeMs: number;
  /** Time limit of each transaction, enforced by the server, in ms. */
  readonly queryTimeoutMs: number;
}

/**
 * The one place that talks to Neo4j: reads in auto-commit READ sessions (routed to followers in a cluster),
 * writes through executeWrite, the database named on every call, parameters only.
 */
export class Neo4jClient {
  readonly driver: Driver;

  constructor(readonly settings: Neo4jSettings) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
      maxConnectionPoolSize: settings.maxPoolSize,
      connectionAcquisitionTimeout: settings.connectionTimeoutMs,
      connectionTimeout: settings.connectionTimeoutMs,
      // The driver retries a failing transaction for 30 s by default; a request should fail fast instead,
      // well within its operation deadline, so that an outage is answered SERVICE_UNAVAILABLE.
      maxTransactionRetryTime: settings.retryTimeMs,
      // Every number we store fits a double; counts come back as plain numbers, not Integer objects.
      disableLosslessIntegers: true,
    });
  }

  /**
   * One statement in an auto-commit transaction: the driver sends RUN and PULL together, where a
   * transaction function adds a BEGIN and a COMMIT (two more messages, written and answered, per read:
   * a tenth of the API's CPU on a role page). The retry a transaction function would make on a
   * transient failure is made here, on the driver's own schedule (retryWithBackoff).
   */
  async read<T extends RecordShape>(cypher: string, parameters: Record<string, unknown> = {}): Promise<T[]> {
    const sent = integerParameters(parameters);
    try {
      return await retryWithBackoff(this.settings.retryTimeMs, async () => {
        const session = this.driver.session({
          database: this.settings.database,
          defaultAccessMode: neo4j.session.READ,
        });
        try {
          const result: QueryResult<T> = await session.run<T>(cypher, sent, this.transactionConfig());
          return result.records.map((record) => record.toObject());
        } finally {
          await session.close();
        }
      });
    } catch (error) {
      throw asUnavailable(error);
    }
  }

  /** Runs statements in one write transaction: all of them take effect, or none. */
  async writeAll(
    statements: readonly { cypher: string; parameters?: Record<string, unknown> }[],
  ): Promise<number[]> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(async (tx) => {
        const counts: number[] = [];
        for (const statement of statements) {
          const result = await tx.run(statement.cypher, statement.parameters ?? {});
          const updates = result.summary.counters.updates();
          counts.push(Object.values(updates).reduce((sum, count) => sum + count, 0));
        }
        return counts;
      }, this.transactionConfig());
    } catch (error) {
      throw asUnavailable(error);
    } finally {
      await session.close();
    }
  }

  /** Schema commands (constraints, indexes) cannot share a transaction with data writes. */
  async runSchemaCommand(cypher: string): Promise<void> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      await session.run(cypher);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.settings.database });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private transactionConfig() {
    return { timeout: this.settings.queryTimeoutMs };
  }
}

/**
 * Runs `attempt` again while it fails with an error the driver calls retryable and no more than
 * `maxRetryTimeMs` has passed since the first failure, waiting 1 s, then 2 s, ... (each ±20%): the
 * schedule of the driver's transaction functions (maxTransactionRetryTime), so NEO4J_RETRY_TIME_MS means
 * the same for reads as for writes.
 */
export async function retryWithBackoff<T>(maxRetryTimeMs: number, attempt: () => Promise<T>): Promise<T> {
  let firstFailure: number | null = null;
  for (let delayMs = 1_000; ; delayMs *= 2) {
    try {
      return await attempt();
    } catch (error) {
      firstFailure ??= Date.now();
      if (!isRetryableError(error) || Date.now() - firstFailure > maxRetryTimeMs) throw error;
      await sleep(delayMs * (0.8 + 0.4 * Math.random()));
    }
  }
}

/**
 * JavaScript numbers travel as floats, but list slices, SKIP/LIMIT and index options need integers:
 * whole-number top-level parameters are sent as Cypher integers.
 */
function integerParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [
      name,
      Number.isInteger(value) ? neo4j.int(value as number) : value,
    ]),
  );
}

/** Driver errors that mean "no database to talk to" (not a bad query): the driver's own retriable codes. */
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function asUnavailable(error: unknown): unknown {
  if (error instanceof Neo4jError && unavailableCodes.has(error.code))
    return new StoreUnavailableError('Neo4j', { cause: error });
  return error;
}
