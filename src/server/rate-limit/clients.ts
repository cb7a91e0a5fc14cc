import { randomUUID } from 'node:crypto';
import type express from 'express';
import type { ApiKeys } from './api-keys';

const safeId = /^[\w.:-]{1,128}$/;

/** The caller's x-request-id when it is a sane token (so traces join up across services), else a new one. */
export function requestIdOf(request: express.Request): string {
  const given = request.get('x-request-id');
  return given && safeId.test(given) ? given : randomUUID();
}

/** Who spends from which bucket. */
export interface Client {
  /** The bucket's key: `key:<name>` for an issued API key, `ip:<address>` otherwise. */
  readonly bucket: string;
  /** Points per window. */
  readonly points: number;
  /** The API key's name, when the request carried one. */
  readonly keyName?: string;
}

/** The client a request without a (valid) API key is: its address, as the trusted proxies report it. */
export function addressClient(request: express.Request, points: number): Client {
  return { bucket: `ip:${request.ip ?? 'unknown'}`, points };
}

/**
 * Who is asking: the issued API key named by x-api-key, else the client address. A key nobody issued is
 * answered null (401): a made-up key must not buy a bucket of its own.
 */
export function clientOf(
  request: express.Request,
  keys: ApiKeys | null,
  defaultPoints: number,
): Client | null {
  const presented = request.get('x-api-key');
  if (presented === undefined) return addressClient(request, defaultPoints);
  const key = keys?.find(presented);
  if (!key) return null;
  return { bucket: `key:${key.name}`, points: key.points ?? defaultPoints, keyName: key.name };
}
