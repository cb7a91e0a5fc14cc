import type { GraphStore } from '../store/graph-store';
import type { DatasetMarker } from '../store/dataset-marker';

/** The answer of GET /readyz: 200 when the store is reachable, migrated and seeded, 503 with the reason otherwise. */
export interface ReadinessAnswer {
  readonly status: 200 | 503;
  readonly body:
    | { status: 'ready'; store: string; dataset: DatasetMarker }
    | { status: 'unavailable'; store: string; reason: string };
}

/** What /readyz answers now, for load balancers and the compose health check. */
export async function readinessAnswer(store: GraphStore): Promise<ReadinessAnswer> {
  const readiness = await store
    .readiness()
    .catch((error: unknown) => ({ ready: false, reason: (error as Error).message }) as const);
  return readiness.ready
    ? { status: 200, body: { status: 'ready', store: store.name, dataset: readiness.dataset } }
    : { status: 503, body: { status: 'unavailable', store: store.name, reason: readiness.reason } };
}

/**
 * Until the store is first ready, checks it with backoff (1 s doubling to 30 s) and logs why it is not;
 * then logs the dataset it serves, once. The server listens meanwhile (/healthz 200, /readyz 503). Returns
 * a function that stops the checks (on shutdown); its timers never keep the process alive.
 */
export function reportUntilReady(
  store: GraphStore,
  log: { warn(message: string): void; info(message: string): void },
): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const check = async (attempt: number, delayMs: number) => {
    const readiness = await store.readiness();
    if (stopped) return;
    if (readiness.ready) {
      const { hash, seededAt } = readiness.dataset;
      log.info(`${store.name} store ready: dataset ${hash.slice(0, 12)}, seeded at ${seededAt}`);
      return;
    }
    log.warn(`${readiness.reason} (attempt ${attempt}); retrying in ${delayMs / 1000} s`);
    timer = setTimeout(() => void check(attempt + 1, Math.min(delayMs * 2, 30_000)), delayMs);
    timer.unref();
  };
  void check(1, 1000);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
