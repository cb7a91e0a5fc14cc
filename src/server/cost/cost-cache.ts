import type { DocumentNode } from 'graphql';
import LRUCache from 'mnemonist/lru-cache';

/** Distinct variable sets remembered per document; older ones are costed again when they come back. */
const costsPerDocument = 1_000;
const maxKeyLength = 1_024;

function cacheKey(
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  version: number,
): string | null {
  try {
    const key = JSON.stringify([version, operationName ?? null, variables ?? {}]);
    return key.length > maxKeyLength ? null : key;
  } catch {
    // A value nested past the stack's depth; costing coerces it and refuses it as BAD_USER_INPUT.
    return null;
  }
}

/**
 * Costing verdicts already reached, per parsed document (Apollo hands out the same object for the same
 * query text) and per operation name, variables and list-price version: clients mostly repeat a few
 * queries. Large (or unserialisable) variable sets are costed every time rather than held.
 */
export class CostCache<T> {
  private readonly byDocument = new WeakMap<DocumentNode, LRUCache<string, T>>();

  of(
    document: DocumentNode,
    request: { operationName?: string | null; variables?: Record<string, unknown> },
    version: number,
    compute: () => T,
  ): T {
    const key = cacheKey(request.operationName, request.variables, version);
    if (key === null) return compute();
    let known = this.byDocument.get(document);
    if (!known) this.byDocument.set(document, (known = new LRUCache<string, T>(costsPerDocument)));
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    known.set(key, value);
    return value;
  }
}
