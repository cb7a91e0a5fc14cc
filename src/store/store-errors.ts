/**
 * The store's database cannot be reached (down, restarting, network cut). The API answers it with code
 * SERVICE_UNAVAILABLE, and the process keeps serving: the next query tries again.
 */
export class StoreUnavailableError extends Error {
  constructor(store: string, options: { cause: unknown }) {
    super(`The ${store} database is unavailable; try again shortly.`, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The operation ran past its deadline: its remaining store work is not started, and it is answered with an error. */
export class OperationTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`The operation took longer than its limit of ${limitMs / 1000} s and was stopped; ask for less.`);
    this.name = 'OperationTimeoutError';
  }
}
