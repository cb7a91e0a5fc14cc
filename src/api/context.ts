import { randomUUID } from 'node:crypto';
import { textAnalysisOf, type TextAnalysisService } from '../services/text-analysis.service';
import type { GraphStore } from '../store/graph-store';
import { withDeadline } from '../store/with-deadline';
import { Loaders, type BatchObserver } from './loaders';

/** What every resolver gets: the store (for root queries) and this request's loaders (for nested fields). */
export interface ApiContext {
  /** The store, bounded by this operation's deadline. */
  readonly store: GraphStore;
  readonly loaders: Loaders;
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
  const bounded = options.deadlineMs === undefined ? store : withDeadline(store, options.deadlineMs);
  return {
    store: bounded,
    loaders: new Loaders(bounded, options.onBatch),
    textAnalysis: textAnalysisOf(store),
    requestId: options.requestId ?? randomUUID(),
    clientKey: options.clientKey ?? 'local',
  };
}
