import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { GraphStore } from '../store/graph-store';

/** Every metric /metrics serves, on a registry of its own (so tests can build servers side by side). */
export class Metrics {
  readonly registry = new Registry();

  readonly operations = this.counter(
    'careergraph_graphql_operations_total',
    'GraphQL operations answered, by operation name and outcome (ok, or the first error code).',
    ['operation', 'outcome'],
  );

  readonly operationDuration = this.histogram(
    'careergraph_graphql_operation_duration_seconds',
    'Time from request to response per GraphQL operation, by operation name and outcome.',
    ['operation', 'outcome'],
    [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  );

  readonly operationCost = this.histogram(
    'careergraph_graphql_operation_cost',
    'Computed cost of accepted GraphQL operations.',
    [],
    [1, 10, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
  );

  readonly storeCalls = this.counter(
    'careergraph_store_calls_total',
    'Calls to the graph store, by method and outcome.',
    ['method', 'outcome'],
  );

  readonly storeCallDuration = this.histogram(
    'careergraph_store_call_duration_seconds',
    'Duration of graph store calls, by method.',
    ['method'],
    [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
  );

  readonly batchSize = this.histogram(
    'careergraph_dataloader_batch_size',
    'Keys per DataLoader batch sent to the store, by loader (node kind or relation).',
    ['loader'],
    [1, 2, 5, 10, 25, 50, 100, 250, 1000],
  );

  readonly answerCacheLookups = this.counter(
    'careergraph_answer_cache_lookups_total',
    'POST /graphql requests looked up in the answer cache, by result (hit: sent the stored answer; miss: run, and its answer kept if clean).',
    ['result'],
  );

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'careergraph_' });
  }

  private counter<Label extends string>(name: string, help: string, labelNames: readonly Label[]) {
    return new Counter<Label>({ name, help, labelNames, registers: [this.registry] });
  }

  private histogram<Label extends string>(
    name: string,
    help: string,
    labelNames: readonly Label[],
    buckets: number[],
  ) {
    return new Histogram<Label>({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  /** Reports how many answers, and bytes, the answer cache holds at each scrape. */
  watchAnswerCache(cache: { readonly size: number; readonly heldBytes: number }): void {
    const gauges: [name: string, help: string, read: () => number][] = [
      [
        'careergraph_answer_cache_bytes',
        'Bytes the answer cache holds (answer bodies and an estimate of their keys and headers).',
        () => cache.heldBytes,
      ],
      ['careergraph_answer_cache_answers', 'Answers the answer cache holds.', () => cache.size],
    ];
    for (const [name, help, read] of gauges)
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
  }

  /** The store, with every call counted and timed. */
  instrument(store: GraphStore): GraphStore {
    return new Proxy(store, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        // A view of the store for one request (GraphStore.withFields) is measured like the store.
        if (property === 'withFields')
          return (...args: Parameters<NonNullable<GraphStore['withFields']>>) =>
            this.instrument((value as NonNullable<GraphStore['withFields']>).apply(target, args));
        const method = String(property);
        return (...args: unknown[]) => {
          const stopTimer = this.storeCallDuration.startTimer({ method });
          return Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args)).then(
            (result) => {
              stopTimer();
              this.storeCalls.inc({ method, outcome: 'ok' });
              return result;
            },
            (error: unknown) => {
              stopTimer();
              this.storeCalls.inc({ method, outcome: 'error' });
              throw error;
            },
          );
        };
      },
    });
  }
}
