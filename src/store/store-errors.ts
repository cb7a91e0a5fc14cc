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
