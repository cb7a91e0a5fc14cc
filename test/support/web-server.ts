import { startServerProcess, type ServerProcess } from './server-process';

export interface PagesServer {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly graphqlUrl: string;
  readonly process: ServerProcess;
  stop(): Promise<unknown>;
}

/**
 * The built server as `npm start` runs it, on the embedded store, with the playground on: in production
 * mode, where PLAYGROUND=true is what turns it on.
 */
export async function startPagesServer(
  env: Record<string, string | undefined> = { NODE_ENV: 'production', PLAYGROUND: 'true' },
): Promise<PagesServer> {
  const server = await startServerProcess({ NEO4J_URI: undefined, ...env });
  return {
    origin: new URL(server.url).origin,
    graphqlUrl: server.url,
    process: server,
    stop: () => server.stop(),
  };
}
