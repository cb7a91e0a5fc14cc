import { projectRoot } from '../../src/project-root';
import { parseAnswer, type GraphQLAnswer } from './json';

/** An HTTP answer, read whole: status, headers, text, and the text as JSON when it is JSON. */
export interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly text: string;
  /** The body as a GraphQL answer; undefined when it is not one. */
  readonly json: GraphQLAnswer | undefined;
}

export async function send(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init);
  const text = await response.text();
  const json = parseAnswer(text);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    headers: response.headers,
    text,
    json,
  };
}

export const postJson = (
  url: string,
  body: string,
  headers: Record<string, string> = {},
  init: RequestInit = {},
) =>
  send(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, ...init });

/** POSTs a query (and variables) as JSON. */
export const postQuery = (
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) => postJson(url, JSON.stringify({ query, variables }), headers);

/** What must never reach a client: stack frames, source or build paths, Node's internals. */
export function leaks(text: string): string | null {
  const patterns = [
    /stacktrace/i,
    /\n\s+at [\w.<>$]+ \(/,
    /node_modules/,
    /[\w-]+\.(?:ts|js|mjs|cjs):\d+/,
    /(?:dist|src)\/(?:src|server|api|store)\//,
  ];
  if (text.includes(projectRoot)) return `the project path ${projectRoot}`;
  const found = patterns.find((pattern) => pattern.test(text));
  return found ? String(found) : null;
}

/** A client error answered in GraphQL's JSON error shape: 4xx, JSON, `errors`, nothing leaked. */
export function expectClientError(reply: Reply, status?: number) {
  if (status !== undefined) expect(reply.status).toBe(status);
  expect(reply.status).toBeGreaterThanOrEqual(400);
  expect(reply.status).toBeLessThan(500);
  expect(reply.contentType).toMatch(/json/);
  expect(Array.isArray(reply.json?.errors)).toBe(true);
  expect(leaks(reply.text)).toBeNull();
}

export const codeOf = (reply: Reply): string | undefined => reply.json?.errors?.[0]?.extensions?.code;
