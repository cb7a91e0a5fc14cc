import http from 'node:http';
import type { Metrics } from '../metrics';

/**
 * GET /metrics (Prometheus text) on a port of its own, by default on 127.0.0.1 only: scrapes are an
 * operator's business, and a client of the API must not be able to trigger them.
 */
export function createMetricsServer(metrics: Metrics): http.Server {
  return http.createServer((request, response) => {
    response.setHeader('cache-control', 'no-store');
    response.setHeader('x-content-type-options', 'nosniff');
    const path = (request.url ?? '').split('?')[0];
    if (request.method !== 'GET' || path !== '/metrics') {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Metrics are at GET /metrics.\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
}
