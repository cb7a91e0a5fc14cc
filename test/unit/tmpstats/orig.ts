import Heap from 'mnemonist/heap';
import type { TransitionEntity } from '../../../src/domain/entities';
import type { PathRanking, Track } from '../../../src/domain/enums';
import { compareText } from '../../../src/domain/ordering';

export interface CareerPathQuery {
  readonly from: string;
  readonly to: string;
  readonly maxSteps: number;
  readonly first: number;
  readonly rankBy: PathRanking;
  /** When set, every intermediate role must be on this track. */
  readonly track: Track | null;
  /** Roles no path may pass through. */
  readonly avoid: readonly string[];
}

export interface CareerPathResult {
  readonly steps: readonly TransitionEntity[];
  /** from, then each step's target. */
  readonly roles: readonly string[];
  /** Sum of the steps' typical years; null when any step's duration is unknown. */
  readonly totalYears: number | null;
  readonly length: number;
}

/** What path finding needs to know of the transition graph; stores adapt their data to it. */
export interface TransitionGraphView {
  /** Outgoing transitions of a role. */
  outgoing(role: string): readonly TransitionEntity[];
  /** Incoming transitions of a role. */
  incoming(role: string): readonly TransitionEntity[];
  /** The role's track, or null when it has none. */
  trackOf(role: string): Track | null;
}

/**
 * A path, partial or complete, with its ranking key. Keys compare lexicographically:
 *  FEWEST_STEPS: steps, steps of unknown duration, known years, then role slugs.
 *  FASTEST:      steps of unknown duration, known years, steps, then role slugs.
 * A step of unknown duration ranks after any known duration: we cannot promise it is quick.
 */
interface PartialPath {
  readonly roles: readonly string[];
  readonly steps: readonly TransitionEntity[];
  readonly unknownSteps: number;
  readonly knownYears: number;
  /** Ranking key with the heuristic folded in: a lower bound of any completion's key. */
  readonly key: readonly number[];
}

/**
 * The top `first` loop-free paths from `from` to `to`, best first, of at most `maxSteps` steps.
 *
 * Best-first enumeration of simple paths with an admissible, consistent heuristic (the fewest steps,
 * or the least known years, still needed to reach `to`): a path's key never decreases as it grows,
 * so complete paths leave the queue in exact ranking order, ties included, and the search stops as
 * soon as it has `first` of them. This is A* enumerating k shortest simple paths; unlike Yen's
 * algorithm it honours maxSteps, track and avoid exactly under both rankings.
 */
export function findCareerPaths(graph: TransitionGraphView, query: CareerPathQuery): CareerPathResult[] {
  const avoided = new Set(query.avoid);
  const mayPass = (role: string) =>
    role === query.to ||
    (!avoided.has(role) && (query.track === null || graph.trackOf(role) === query.track));
  const stepsLeft = distancesToTarget(graph, query.to, mayPass, () => 1);
  const yearsLeft =
    query.rankBy === 'FASTEST'
      ? distancesToTarget(graph, query.to, mayPass, (t) => t.typicalYears ?? 0)
      : null;
  if (!stepsLeft.has(query.from)) return [];

  const keyOf = (path: Omit<PartialPath, 'key'>): number[] => {
    const last = path.roles[path.roles.length - 1] as string;
    const steps = path.steps.length + (stepsLeft.get(last) ?? 0);
    return yearsLeft === null
      ? [steps, path.unknownSteps, path.knownYears]
      : [path.unknownSteps, path.knownYears + (yearsLeft.get(last) ?? 0), steps];
  };
  const queue = new Heap<PartialPath>(comparePaths);
  const start = { roles: [query.from], steps: [], unknownSteps: 0, knownYears: 0 };
  queue.push({ ...start, key: keyOf(start) });

  const found: CareerPathResult[] = [];
  while (queue.size > 0 && found.length < query.first) {
    const path = queue.pop() as PartialPath;
    const last = path.roles[path.roles.length - 1] as string;
    if (last === query.to) {
      found.push(toResult(path));
      continue;
    }
    for (const transition of graph.outgoing(last)) {
      const next = transition.to;
      const remaining = stepsLeft.get(next);
      if (remaining === undefined || !mayPass(next) || path.roles.includes(next)) continue;
      if (path.steps.length + 1 + remaining > query.maxSteps) continue;
      const grown = {
        roles: [...path.roles, next],
        steps: [...path.steps, transition],
        unknownSteps: path.unknownSteps + (transition.typicalYears === null ? 1 : 0),
        knownYears: path.knownYears + (transition.typicalYears ?? 0),
      };
      queue.push({ ...grown, key: keyOf(grown) });
    }
  }
  return found;
}

function comparePaths(a: PartialPath, b: PartialPath): number {
  for (let i = 0; i < a.key.length; i++) {
    const difference = (a.key[i] as number) - (b.key[i] as number);
    // Years are sums of decimals: treat differences below float noise as ties.
    if (Math.abs(difference) > 1e-9) return difference;
  }
  const shared = Math.min(a.roles.length, b.roles.length);
  for (let i = 0; i < shared; i++) {
    const order = compareText(a.roles[i] as string, b.roles[i] as string);
    if (order !== 0) return order;
  }
  return a.roles.length - b.roles.length;
}

/**
 * Least cost from every role that can reach `target` through passable roles (Dijkstra on the reversed
 * graph). Roles that cannot reach it are absent.
 */
function distancesToTarget(
  graph: TransitionGraphView,
  target: string,
  mayPass: (role: string) => boolean,
  cost: (transition: TransitionEntity) => number,
): Map<string, number> {
  const settled = new Map<string, number>();
  const queue = new Heap<[number, string]>((a, b) => a[0] - b[0] || compareText(a[1], b[1]));
  queue.push([0, target]);
  while (queue.size > 0) {
    const [distance, role] = queue.pop() as [number, string];
    if (settled.has(role)) continue;
    settled.set(role, distance);
    // A role that may not be passed through can still start a path, so it gets a distance, but no
    // path may continue through it.
    if (!mayPass(role)) continue;
    for (const transition of graph.incoming(role)) {
      if (!settled.has(transition.from)) queue.push([distance + cost(transition), transition.from]);
    }
  }
  return settled;
}

function toResult(path: PartialPath): CareerPathResult {
  return {
    steps: path.steps,
    roles: path.roles,
    totalYears: path.unknownSteps > 0 ? null : Math.round(path.knownYears * 100) / 100,
    length: path.steps.length,
  };
}
