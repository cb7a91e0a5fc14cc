import type http from 'node:http';
import express from 'express';
import { loadSeed } from '../../src/seed/load-seed';
import { createServer, type CareerGraphServer } from '../../src/server/create-server';
import { mountWebPages } from '../../src/server/web-pages';
import { MemoryStore } from '../../src/store/memory/memory-store';

/**
 * The API in-process (createServer on the embedded store) with the web pages mounted in front of it, as
 * create-server.ts mounts them: page routes first, everything else on to the API.
 */
export async function startInProcessWebServer(options: { playground: boolean }): Promise<{
  readonly origin: string;
  readonly server: CareerGraphServer;
  stop(): Promise<void>;
}> {
  const server = await createServer({
    store: new MemoryStore(await loadSeed()),
    production: false,
    introspection: true,
  });
  const pages = express();
  pages.disable('x-powered-by');
  mountWebPages(pages, options);
  const api = server.httpServer.listeners('request') as ((q: http.IncomingMessage, s: http.ServerResponse) => void)[];
  server.httpServer.removeAllListeners('request');
  server.httpServer.on('request', (request: http.IncomingMessage, response: http.ServerResponse) =>
    pages(request as express.Request, response as express.Response, () => api.forEach((listener) => listener(request, response))),
  );
  const url = await server.listen(0, '127.0.0.1');
  return { origin: new URL(url).origin, server, stop: () => server.stop() };
}
