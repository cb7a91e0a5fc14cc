import { randomUUID } from 'node:crypto';
import type express from 'express';

const safeId = /^[\w.:-]{1,128}$/;

/** The caller's x-request-id when it is a sane token (so traces join up across services), else a new one. */
export function requestIdOf(request: express.Request): string {
  const given = request.get('x-request-id');
  return given && safeId.test(given) ? given : randomUUID();
}

/** Who is asking, for rate limiting: the x-api-key when sent, else the client address. */
export function clientKeyOf(request: express.Request): string {
  const key = request.get('x-api-key');
  if (key && safeId.test(key)) return `key:${key}`;
  return `ip:${request.ip ?? 'unknown'}`;
}
