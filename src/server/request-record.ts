import type { ApiContext } from '../api/context';
import type { Deadline } from './deadline/deadline';
import type { Taken } from './rate-limit/buckets';
import type { Client } from './rate-limit/clients';

/**
 * What the server learns about one request as it passes through: who sent it, whether its points were
 * taken, and how it was answered. Express and Apollo share it (Apollo copies the context shallowly, so
 * the record stays one object); the request log and the metrics read it once the response is sent.
 */
export interface RequestRecord {
  readonly requestId: string;
  readonly client: Client;
  readonly startedAt: number;
  /** Set once points were taken from the client's bucket (the cost, or a refusal's charge). */
  charged: boolean;
  /** The operation name Apollo resolved, else the one the client sent. */
  operationName?: string | null;
  /** The cost of the operation, once computed. */
  cost?: number;
  /** Error codes of the answer, each once, in order. */
  errorCodes: string[];
  /** Unexpected errors, with their real message and stack: for the log, never for the client. */
  failures: Error[];
  /** Set when Apollo answered with data and no error at all: the answer cache may keep such an answer. */
  reusable: boolean;
  /** Set when the answer came from the answer cache and nothing ran. */
  answeredFromCache: boolean;
  /**
   * Points the answer cache tried to take for a stored answer, refused: the request then goes on to
   * Apollo, whose gate answers the refusal as it would any other, without taking again.
   */
  takenBefore?: Taken;
}

export function newRecord(requestId: string, client: Client): RequestRecord {
  return {
    requestId,
    client,
    startedAt: performance.now(),
    charged: false,
    errorCodes: [],
    failures: [],
    reusable: false,
    answeredFromCache: false,
  };
}

/** The context operations run with: the API's, plus what the server's plugins need. */
export interface ServerContext extends ApiContext {
  /** Absent for callers that build a bare ApiContext (benchmarks). */
  readonly record?: RequestRecord;
  readonly deadline?: Deadline;
}
