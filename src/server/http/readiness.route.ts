import express from 'express';
import type { GraphStore } from '../../store/graph-store';

/** GET /readyz: 200 when the store answers, 503 when it does not (Neo4j down), for load balancers. */
export function readinessRoute(store: GraphStore): express.Router {
  return express.Router().get('/readyz', async (_request, response) => {
    const ready = await store.ping().catch(() => false);
    response
      .status(ready ? 200 : 503)
      .set('cache-control', 'no-store')
      .json({ status: ready ? 'ready' : 'unavailable', store: store.name });
  });
}
