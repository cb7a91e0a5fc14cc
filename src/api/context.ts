import { randomUUID } from 'node:crypto';
import { textAnalysisOf, type TextAnalysisService } from '../services/text-analysis.service';
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from '../store/with-deadline';
import { Loaders, type BatchObserver } from './loaders';
import type { ReadFields } from '../store/read-fields';

/** What every resolver gets: the store (for root queries) and this request's loaders (for nested fields). */
export interface ApiContext {
  /** The store, bounded by this operation's deadline. */
  store: GraphStore;
  loaders: Loaders;
  /**
   * Before execution (read-fields.plugin.ts): the operation shows only these costly facts, so store and
   * loaders are replaced by ones that read only those (store.withFields). Every node and link of one
   * request is then read alike, so what the loaders cache and prime stays whole for this request.
   */
  readOnly(fields: ReadFields): void;
  /** The store's text analyzer (one per store, kept across requests). */
  readonly textAnalysis: TextAnalysisService;
  /** Names this operation in logs, metrics and masked errors; from the x-request-id header when valid. */
  readonly requestId: string;
  /** Who is asking, for rate limiting: the API key, else the client address. */
  readonly clientKey: string;
  /** The operation's cost, once the query-limits plugin has computed it. */
  cost?: number;
}

export interface ContextOptions {
  readonly requestId?: string;
  readonly clientKey?: string;
  /** Time the operation may take, in ms; store calls after it fail with OPERATION_TIMEOUT. */
  readonly deadlineMs?: number;
  readonly onBatch?: BatchObserver;
}

export function createContext(store: GraphStore, options: ContextOptions = {}): ApiContext {
  const deadline = options.deadlineMs === undefined ? null : Date.now() + options.deadlineMs;
  const bound = (narrowed: GraphStore) => {
    const bounded = deadline === null ? narrowed : withDeadline(narrowed, Math.max(0, deadline - Date.now()));
    return { store: bounded, loaders: new Loaders(bounded, options.onBatch) };
  };
  return {
    ...bound(store),
    readOnly(fields) {
      if (store.withFields) Object.assign(this, bound(store.withFields(fields)));
    },
    textAnalysis: textAnalysisOf(store),
    requestId: options.requestId ?? randomUUID(),
    clientKey: options.clientKey ?? 'local',
  };
}
