import type { GraphStore } from '../store/graph-store';
import { Loaders } from './loaders';

/** What every resolver gets: the store (for root queries) and this request's loaders (for nested fields). */
export interface ApiContext {
  readonly store: GraphStore;
  readonly loaders: Loaders;
}

export function createContext(store: GraphStore): ApiContext {
  return { store, loaders: new Loaders(store) };
}
