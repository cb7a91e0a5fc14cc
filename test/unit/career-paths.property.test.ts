import fc from 'fast-check';
import {
  findCareerPaths,
  type CareerPathQuery,
  type CareerPathResult,
  type TransitionGraphView,
} from '../../src/domain/career-paths';
import type { TransitionEntity } from '../../src/domain/entities';
import type { PathRanking, Track, TransitionKind } from '../../src/domain/enums';

const NUM_RUNS = 300;

interface Graph {
  readonly roles: readonly string[];
  readonly tracks: ReadonlyMap<string, Track | null>;
  /** The least years of experience each role asks for, or null. */
  readonly thresholds: ReadonlyMap<string, number | null>;
  readonly edges: readonly TransitionEntity[];
}

const evidence = [
  { source: 'test-source', lines: { start: 1, end: 1 }, uri: null, basis: 'STATED', note: null, about: null },
] as const;

interface Scenario {
  readonly graph: Graph;
  readonly query: CareerPathQuery;
}

const kinds: readonly TransitionKind[] = ['PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT'];
const tracks: readonly (Track | null)[] = ['INDIVIDUAL_CONTRIBUTOR', 'MANAGEMENT', null];

function slugCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byEnds(a: TransitionEntity, b: TransitionEntity): number {
  return slugCompare(a.to, b.to) || slugCompare(a.from, b.from);
}

/** A TransitionGraphView over an in-memory edge list, lists sorted by `to` then `from`. */
function viewOf(graph: Graph): TransitionGraphView {
  const outgoing = new Map<string, TransitionEntity[]>();
  const incoming = new Map<string, TransitionEntity[]>();
  for (const role of graph.roles) {
    outgoing.set(role, []);
    incoming.set(role, []);
  }
  for (const edge of graph.edges) {
    outgoing.get(edge.from)?.push(edge);
    incoming.get(edge.to)?.push(edge);
  }
  for (const list of outgoing.values()) list.sort(byEnds);
  for (const list of incoming.values()) list.sort(byEnds);
  return {
    outgoing: (role) => outgoing.get(role) ?? [],
    incoming: (role) => incoming.get(role) ?? [],
    trackOf: (role) => graph.tracks.get(role) ?? null,
    thresholdOf: (role) => graph.thresholds.get(role) ?? null,
  };
}

/** Null, or a whole or half year in 0..6. */
const fineYearsArb: fc.Arbitrary<number | null> = fc.option(
  fc.integer({ min: 0, max: 12 }).map((halves) => halves / 2),
  { nil: null, freq: 4 },
);
/** Few distinct durations, so that many paths tie on the numeric key and the slug tie-break matters. */
const coarseYearsArb: fc.Arbitrary<number | null> = fc.constantFrom(null, 1, 2);

/**
 * Random directed graphs of 2-12 roles without self loops or parallel edges. Each ordered pair of
 * distinct roles carries an edge with a per-graph probability (15%-80%), so sparse and dense graphs,
 * and graphs with many alternative paths, all turn up.
 */
function graphArb(): fc.Arbitrary<Graph> {
  const shapeArb = fc.tuple(
    fc.integer({ min: 2, max: 12 }),
    fc.integer({ min: 15, max: 80 }),
    fc.constantFrom(fineYearsArb, coarseYearsArb),
  );
  return shapeArb.chain(([n, density, yearsArb]) => {
    const roles = Array.from({ length: n }, (_, i) => `r${i}`);
    const pairs: [number, number][] = [];
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) pairs.push([a, b]);
    const maybeEdgeArb = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(...kinds), yearsArb);
    const edgesArb = fc.array(maybeEdgeArb, { minLength: pairs.length, maxLength: pairs.length });
    const tracksArb = fc.array(fc.constantFrom(...tracks), { minLength: n, maxLength: n });
    // Few distinct thresholds, so that paths tie on the years bound and the other keys matter.
    const thresholdsArb = fc.array(fc.constantFrom(null, 0, 2, 5, 8), { minLength: n, maxLength: n });
    return fc
      .tuple(edgesArb, tracksArb, thresholdsArb)
      .map(([maybeEdges, trackList, thresholdList]): Graph => {
        const trackMap = new Map<string, Track | null>();
        roles.forEach((role, i) => trackMap.set(role, trackList[i] ?? null));
        const thresholds = new Map<string, number | null>();
        roles.forEach((role, i) => thresholds.set(role, thresholdList[i] ?? null));
        const edges: TransitionEntity[] = [];
        maybeEdges.forEach(([roll, kind, typicalYears], i) => {
          const [a, b] = pairs[i] as [number, number];
          if (roll < density) {
            edges.push({
              from: `r${a}`,
              to: `r${b}`,
              kind,
              typicalYears,
              sources: ['test-source'],
              evidence,
              inheritedFrom: null,
            });
          }
        });
        return { roles, tracks: trackMap, thresholds, edges };
      });
  });
}

function scenarioArb(): fc.Arbitrary<Scenario> {
  return graphArb().chain((graph) => {
    const n = graph.roles.length;
    const endsArb = fc
      .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
      .filter(([a, b]) => a !== b);
    return fc
      .tuple(
        endsArb,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<PathRanking>('FEWEST_STEPS', 'FASTEST'),
        fc.oneof(
          { weight: 2, arbitrary: fc.constant<Track | null>(null) },
          { weight: 1, arbitrary: fc.constantFrom<Track | null>('INDIVIDUAL_CONTRIBUTOR', 'MANAGEMENT') },
        ),
        fc.subarray([...graph.roles], { maxLength: Math.min(4, n) }),
      )
      .map(([[a, b], maxSteps, first, rankBy, track, avoidCandidates]): Scenario => {
        const from = `r${a}`;
        const to = `r${b}`;
        return {
          graph,
          query: {
            from,
            to,
            maxSteps,
            first,
            rankBy,
            track,
            avoid: avoidCandidates.filter((role) => role !== from && role !== to),
          },
        };
      });
  });
}

// ---------------------------------------------------------------------------------------------
// Test-side oracle, written independently of the implementation.

interface OraclePath {
  readonly roles: readonly string[];
  readonly steps: readonly TransitionEntity[];
}

/** The path's lower bound of years: its highest threshold after the start, less the start's. */
function minYearsOf(graph: Graph, roles: readonly string[]): number {
  const start = graph.thresholds.get(roles[0] as string) ?? 0;
  const highest = Math.max(start, ...roles.slice(1).map((role) => graph.thresholds.get(role) ?? 0));
  return Math.max(0, highest - start);
}

function knownYears(steps: readonly TransitionEntity[]): number {
  return steps.reduce((sum, step) => sum + (step.typicalYears ?? 0), 0);
}

function compareSlugSequences(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const order = slugCompare(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function compareNumbers(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 ? 0 : a - b;
}

function rankingComparator(graph: Graph, rankBy: PathRanking): (a: OraclePath, b: OraclePath) => number {
  return (a, b) => {
    const length = a.steps.length - b.steps.length;
    const years = compareNumbers(minYearsOf(graph, a.roles), minYearsOf(graph, b.roles));
    const numeric = rankBy === 'FEWEST_STEPS' ? length || years : years || length;
    return numeric || compareSlugSequences(a.roles, b.roles);
  };
}

function isAllowedIntermediate(graph: Graph, query: CareerPathQuery, role: string): boolean {
  if (query.avoid.includes(role)) return false;
  return query.track === null || (graph.tracks.get(role) ?? null) === query.track;
}

/** Every simple path from -> to of at most maxSteps steps whose intermediates are allowed. */
function allPaths(graph: Graph, query: CareerPathQuery): OraclePath[] {
  const out = new Map<string, TransitionEntity[]>();
  for (const edge of graph.edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);
  const result: OraclePath[] = [];
  const roles = [query.from];
  const steps: TransitionEntity[] = [];
  const visit = (role: string) => {
    if (role === query.to) {
      result.push({ roles: [...roles], steps: [...steps] });
      return;
    }
    if (steps.length === query.maxSteps) return;
    for (const edge of out.get(role) ?? []) {
      if (roles.includes(edge.to)) continue;
      if (edge.to !== query.to && !isAllowedIntermediate(graph, query, edge.to)) continue;
      roles.push(edge.to);
      steps.push(edge);
      visit(edge.to);
      roles.pop();
      steps.pop();
    }
  };
  visit(query.from);
  return result;
}

/** Fewest steps from -> to over allowed intermediates, ignoring maxSteps; null when unreachable. */
function bfsDistance(graph: Graph, query: CareerPathQuery): number | null {
  const distance = new Map<string, number>([[query.from, 0]]);
  let frontier = [query.from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const role of frontier) {
      const d = distance.get(role) as number;
      for (const edge of graph.edges) {
        if (edge.from !== role || distance.has(edge.to)) continue;
        if (edge.to === query.to) return d + 1;
        if (!isAllowedIntermediate(graph, query, edge.to)) continue;
        distance.set(edge.to, d + 1);
        next.push(edge.to);
      }
    }
    frontier = next;
  }
  return null;
}

function run(scenario: Scenario): CareerPathResult[] {
  return findCareerPaths(viewOf(scenario.graph), scenario.query);
}

function summarize(scenario: Scenario): string {
  return JSON.stringify({
    query: scenario.query,
    tracks: [...scenario.graph.tracks],
    thresholds: [...scenario.graph.thresholds],
    edges: scenario.graph.edges.map((e) => `${e.from}->${e.to}:${e.typicalYears ?? 'null'}`),
  });
}

// ---------------------------------------------------------------------------------------------

describe('findCareerPaths (property-based)', () => {
  it('returns loop-free paths from `from` to `to` within maxSteps, made of real graph edges', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const { graph, query } = scenario;
        const edgeKeys = new Set(graph.edges.map((e) => `${e.from}->${e.to}`));
        for (const path of run(scenario)) {
          expect(new Set(path.roles).size).toBe(path.roles.length);
          expect(path.roles[0]).toBe(query.from);
          expect(path.roles[path.roles.length - 1]).toBe(query.to);
          expect(path.length).toBe(path.steps.length);
          expect(path.roles.length).toBe(path.steps.length + 1);
          expect(path.length).toBeLessThanOrEqual(query.maxSteps);
          expect(path.length).toBeGreaterThanOrEqual(1);
          path.steps.forEach((step, i) => {
            expect(step.from).toBe(path.roles[i]);
            expect(step.to).toBe(path.roles[i + 1]);
            expect(edgeKeys.has(`${step.from}->${step.to}`)).toBe(true);
            expect(graph.edges).toContainEqual(step);
          });
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('never passes through an avoided role, and keeps every intermediate role on the requested track', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const { graph, query } = scenario;
        for (const path of run(scenario)) {
          for (const role of path.roles.slice(1, -1)) {
            expect(query.avoid).not.toContain(role);
            if (query.track !== null) expect(graph.tracks.get(role)).toBe(query.track);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns at most `first` paths and no path twice', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const paths = run(scenario);
        expect(paths.length).toBeLessThanOrEqual(scenario.query.first);
        const keys = paths.map((path) => path.roles.join('>'));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns paths in ranking order (FEWEST_STEPS: steps, years bound, slugs; FASTEST: years bound, steps, slugs)', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const compare = rankingComparator(scenario.graph, scenario.query.rankBy);
        const paths = run(scenario);
        for (let i = 1; i < paths.length; i++) {
          expect(compare(paths[i - 1] as CareerPathResult, paths[i] as CareerPathResult)).toBeLessThan(0);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('returns exactly the top `first` paths of a brute-force enumeration, with the right years', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const expected = allPaths(scenario.graph, scenario.query)
          .sort(rankingComparator(scenario.graph, scenario.query.rankBy))
          .slice(0, scenario.query.first);
        const actual = run(scenario);
        expect({ scenario: summarize(scenario), roles: actual.map((p) => p.roles.join('>')) }).toEqual({
          scenario: summarize(scenario),
          roles: expected.map((p) => p.roles.join('>')),
        });
        // A heuristic search cut short after a few roles must give exactly the same paths, only slower.
        for (const budget of [1, 2, 4]) {
          const cut = findCareerPaths(viewOf(scenario.graph), scenario.query, budget);
          expect(cut.map((p) => p.roles.join('>'))).toEqual(expected.map((p) => p.roles.join('>')));
        }
        for (const path of actual) {
          expect(path.minYears).toBe(minYearsOf(scenario.graph, path.roles));
          if (path.minYears === 0) expect(path.minYearsSetBy).toBeNull();
          else expect(path.roles.slice(1)).toContain(path.minYearsSetBy);
          if (path.minYears > 0)
            expect(scenario.graph.thresholds.get(path.minYearsSetBy as string)).toBe(
              path.minYears + (scenario.graph.thresholds.get(scenario.query.from) ?? 0),
            );
          if (path.steps.some((step) => step.typicalYears === null)) {
            expect(path.totalYears).toBeNull();
          } else {
            expect(path.totalYears).not.toBeNull();
            expect(Math.abs((path.totalYears as number) - knownYears(path.steps))).toBeLessThanOrEqual(1e-9);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('puts a breadth-first shortest path first under FEWEST_STEPS, and returns nothing when none fits', () => {
    fc.assert(
      fc.property(scenarioArb(), (scenario) => {
        const query: CareerPathQuery = { ...scenario.query, rankBy: 'FEWEST_STEPS' };
        const shortest = bfsDistance(scenario.graph, query);
        const paths = run({ graph: scenario.graph, query });
        if (shortest === null || shortest > query.maxSteps) {
          expect(paths).toEqual([]);
        } else {
          expect(paths.length).toBeGreaterThanOrEqual(1);
          expect(paths[0]?.length).toBe(shortest);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
