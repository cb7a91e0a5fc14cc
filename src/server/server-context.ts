import { createContext } from '../api/context';
import type { GraphStore } from '../store/graph-store';
import { Deadline } from './deadline/deadline';
import type { Metrics } from './metrics';
import type { RequestRecord, ServerContext } from './request-record';

/** The context each operation runs with: the API's (store bounded by the deadline, loaders), the record, the deadline. */
export function contextFactory(store: GraphStore, metrics: Metrics, operationTimeoutMs: number) {
  return (record: RequestRecord): ServerContext => ({
    ...createContext(store, {
      requestId: record.requestId,
      clientKey: record.client.bucket,
      deadlineMs: operationTimeoutMs,
      onBatch: (loader, size) => metrics.batchSize.observe({ loader }, size),
    }),
    record,
    deadline: new Deadline(operationTimeoutMs),
  });
}
