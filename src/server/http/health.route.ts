import express from 'express';

/** GET /healthz: 200 while the process runs (for liveness probes); it asks nothing of the store. */
export function healthRoute(): express.Router {
  return express.Router().get('/healthz', (_request, response) => {
    response.set('cache-control', 'no-store').json({ status: 'ok' });
  });
}
