import type { GraphStore } from '../../src/store/graph-store';

/**
 * A real store, decorated to count the calls made to it: how tests prove the DataLoader bound.
 * `calls` lists each call as "method", "method(kind or relation)" or "expand(kind: relations)", in order.
 */
export function countingStore(inner: GraphStore): GraphStore & { calls: string[] } {
  const calls: string[] = [];
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'calls') return calls;
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(
          property === 'expand'
            ? `expand(${String(args[0])}: ${(args[2] as string[]).join(', ')})`
            : typeof args[0] === 'string' && property !== 'search'
              ? `${String(property)}(${args[0]})`
              : String(property),
        );
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as GraphStore & { calls: string[] };
}
