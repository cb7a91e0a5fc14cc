import Heap from 'mnemonist/heap';
import type { TransitionEntity } from './entities';
import type { PathRanking, Track } from './enums';
import { compareText } from './ordering';

/** The limits of careerPaths: a path search grows fast with depth, so both are capped. */
export const careerPathLimits = { maxSteps: 10, first: 20 } as const;

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
  /** Sum of the moves' stated durations; null unless every step states one (no move in the seed does). */
  readonly totalYears: number | null;
  /**
   * A lower bound of the time the path takes, from stated figures only: the most experience any role on
   * it asks for (its threshold), less what the starting role asks for; 0 when no role asks for more.
   */
  readonly minYears: number;
  /** The role whose threshold sets minYears; null when minYears is 0. */
  readonly minYearsSetBy: string | null;
  /** Steps that are a reading rather than a stated move: inherited from an occupation, or INFERRED only. */
  readonly inferredSteps: number;
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
  /** The least years of experience the role asks for; null when no source states a band. */
  thresholdOf(role: string): number | null;
}

/** Whether a move is stated as such: its own, with a STATED item for the move as a whole. */
export function isStatedMove(transition: TransitionEntity): boolean {
  return (
    transition.inheritedFrom === null &&
    transition.evidence.some((item) => item.basis === 'STATED' && item.about === null)
  );
}

/**
 * A path, partial or complete, with its ranking key. Keys compare lexicographically:
 *  FEWEST_STEPS: steps, then the lower bound of years, then role slugs.
 *  FASTEST:      the lower bound of years, then steps, then role slugs.
 * The lower bound of years is the highest threshold met so far, the target's included (every completion
 * reaches it), less the start's: it never falls as a path grows.
 */
interface PartialPath {
  readonly roles: readonly string[];
  readonly steps: readonly TransitionEntity[];
  /** The highest threshold among the roles after the start, the target's included, and whose it is. */
  readonly highest: number;
  readonly highestRole: string | null;
  /** Ranking key with the heuristic folded in: a lower bound of any completion's key. */
  readonly key: readonly number[];
}

/**
 * The top `first` loop-free paths from `from` to `to`, best first, of at most `maxSteps` steps.
 *
 * Best-first enumeration of simple paths with an admissible, consistent heuristic (a lower bound of the
 * fewest steps still needed to reach `to`; the years bound needs none, as the target's threshold is
 * counted from the start): a path's key never decreases as it grows, so complete paths leave the queue
 * in exact ranking order, ties included, and the search stops as soon as it has `first` of them. This is
 * A* enumerating k shortest simple paths; unlike Yen's algorithm it honours maxSteps, track and avoid
 * exactly under both rankings.
 */
export function findCareerPaths(
  graph: TransitionGraphView,
  query: CareerPathQuery,
  /** Roles the heuristic's reverse search may settle; any value gives the same answers, only speed differs. */
  budget: number = heuristicBudget,
): CareerPathResult[] {
  const avoided = new Set(query.avoid);
  const mayPass = (role: string) =>
    role === query.to ||
    (!avoided.has(role) && (query.track === null || graph.trackOf(role) === query.track));
  const stepsLeft = distancesToTarget(graph, query.to, mayPass, budget);
  if (stepsLeft.complete && !stepsLeft.settled.has(query.from)) return [];
  const base = graph.thresholdOf(query.from) ?? 0;

  const keyOf = (path: Omit<PartialPath, 'key'>): number[] => {
    const last = path.roles[path.roles.length - 1] as string;
    const steps = path.steps.length + stepsLeft.lowerBound(last);
    const years = Math.max(0, path.highest - base);
    return query.rankBy === 'FASTEST' ? [years, steps] : [steps, years];
  };
  const climb = (path: Pick<PartialPath, 'highest' | 'highestRole'>, role: string) => {
    const threshold = graph.thresholdOf(role);
    return threshold !== null && threshold > path.highest
      ? { highest: threshold, highestRole: role }
      : { highest: path.highest, highestRole: path.highestRole };
  };
  const queue = new Heap<PartialPath>(comparePaths);
  const start = { roles: [query.from], steps: [], ...climb({ highest: base, highestRole: null }, query.to) };
  queue.push({ ...start, key: keyOf(start) });

  const found: CareerPathResult[] = [];
  while (queue.size > 0 && found.length < query.first) {
    const path = queue.pop() as PartialPath;
    const last = path.roles[path.roles.length - 1] as string;
    if (last === query.to) {
      found.push(toResult(path, base));
      continue;
    }
    for (const transition of graph.outgoing(last)) {
      const next = transition.to;
      if (!mayPass(next) || path.roles.includes(next)) continue;
      // Infinity when `next` cannot reach the target at all, so this also drops dead ends.
      if (path.steps.length + 1 + stepsLeft.lowerBound(next) > query.maxSteps) continue;
      const grown = {
        roles: [...path.roles, next],
        steps: [...path.steps, transition],
        ...climb(path, next),
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

/** How many roles the reverse search settles before it stops: enough for nearby targets, cheap on large graphs. */
export const heuristicBudget = 1000;

/** What the reverse search learnt: exact distances for the roles it settled, a lower bound for the rest. */
interface DistanceBounds {
  readonly settled: ReadonlyMap<string, number>;
  /** Whether every role that can reach the target was settled (absent roles then cannot reach it). */
  readonly complete: boolean;
  lowerBound(role: string): number;
}

/**
 * Fewest steps from roles to `target` through passable roles (Dijkstra on the reversed graph), stopped
 * after `budget` roles. An unsettled role is at least as far as the nearest role still queued (Dijkstra
 * settles in order), so that distance is a lower bound for all of them, and the heuristic stays
 * admissible and consistent: rankings stay exact while large graphs are never searched whole.
 */
function distancesToTarget(
  graph: TransitionGraphView,
  target: string,
  mayPass: (role: string) => boolean,
  budget: number,
): DistanceBounds {
  const settled = new Map<string, number>();
  const queue = new Heap<[number, string]>((a, b) => a[0] - b[0]);
  queue.push([0, target]);
  while (queue.size > 0 && settled.size < budget) {
    const [distance, role] = queue.pop() as [number, string];
    if (settled.has(role)) continue;
    settled.set(role, distance);
    // A role that may not be passed through can still start a path, so it gets a distance, but no
    // path may continue through it.
    if (!mayPass(role)) continue;
    for (const transition of graph.incoming(role)) {
      if (!settled.has(transition.from)) queue.push([distance + 1, transition.from]);
    }
  }
  // Entries for roles already settled may linger in the queue; they are skipped like above.
  while (queue.size > 0 && settled.has((queue.peek() as [number, string])[1])) queue.pop();
  const complete = queue.size === 0;
  const frontier = complete ? Number.POSITIVE_INFINITY : (queue.peek() as [number, string])[0];
  return { settled, complete, lowerBound: (role) => settled.get(role) ?? frontier };
}

function toResult(path: PartialPath, base: number): CareerPathResult {
  const durations = path.steps.map((step) => step.typicalYears);
  const stated = durations.every((years) => years !== null);
  const minYears = Math.max(0, path.highest - base);
  return {
    steps: path.steps,
    roles: path.roles,
    totalYears:
      stated && durations.length > 0
        ? Math.round(durations.reduce((a: number, b) => a + (b as number), 0) * 100) / 100
        : null,
    minYears,
    minYearsSetBy: minYears > 0 ? path.highestRole : null,
    inferredSteps: path.steps.filter((step) => !isStatedMove(step)).length,
    length: path.steps.length,
  };
}
