import type { GraphStore } from './graph-store';
import { OperationTimeoutError } from './store-errors';

/**
 * The store, for one operation with a deadline: a call made after it fails at once, and a call still
 * running at it is answered with OperationTimeoutError, so the response goes out on time. (Neo4j also
 * ends the transaction itself, through the driver's transaction timeout.)
 */
export function withDeadline(store: GraphStore, limitMs: number): GraphStore {
  const deadline = Date.now() + limitMs;
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close' || property === 'ping') return value;
      return (...args: unknown[]) => {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return Promise.reject(new OperationTimeoutError(limitMs));
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new OperationTimeoutError(limitMs)), remaining);
        });
        const call = Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args));
        return Promise.race([call, expired]).finally(() => clearTimeout(timer));
      };
    },
  });
}
