import express from 'express';
import type { GraphStore } from '../../store/graph-store';
import { readinessAnswer } from '../readiness';

/** GET /readyz: 200 when the store is reachable, migrated and seeded, 503 with the reason otherwise. */
export function readinessRoute(store: GraphStore): express.Router {
  return express.Router().get('/readyz', async (_request, response) => {
    const { status, body } = await readinessAnswer(store);
    response.status(status).set('cache-control', 'no-store').json(body);
  });
}
