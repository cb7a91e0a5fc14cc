import type { TransitionGraphView } from '../domain/career-paths';
import type { TransitionEntity } from '../domain/entities';
import type { Track } from '../domain/enums';
import { byTransitionEnds, byTransitionStarts } from '../domain/ordering';
import { groupedExactly } from './grouped';

/** What path finding reads of a role besides its moves. */
export interface PathRole {
  readonly slug: string;
  readonly track: Track | null;
  /** The least years of experience the role asks for; null when no source states a band. */
  readonly threshold: number | null;
}

/**
 * The transition graph as path finding reads it: each role's moves out and in, in the port's order
 * (by target, then source), and each role's track and threshold. Both stores build one, the embedded
 * store from the seed and the Neo4j store from the database, so career paths run the same code over
 * the same adjacency order and resolve equal-cost ties alike.
 */
export class TransitionGraph implements TransitionGraphView {
  private readonly out: Map<string, TransitionEntity[]>;
  private readonly in: Map<string, TransitionEntity[]>;
  private readonly roles = new Map<string, PathRole>();
  private readonly count: number;

  constructor(transitions: readonly TransitionEntity[], roles: Iterable<PathRole>) {
    this.out = groupedExactly(transitions, (transition) => transition.from);
    this.in = groupedExactly(transitions, (transition) => transition.to);
    this.count = transitions.length;
    for (const list of this.out.values()) list.sort(byTransitionEnds);
    for (const list of this.in.values()) list.sort(byTransitionStarts);
    for (const role of roles) this.roles.set(role.slug, role);
  }

  outgoing(role: string): readonly TransitionEntity[] {
    return this.out.get(role) ?? [];
  }

  incoming(role: string): readonly TransitionEntity[] {
    return this.in.get(role) ?? [];
  }

  trackOf(role: string): Track | null {
    return this.roles.get(role)?.track ?? null;
  }

  thresholdOf(role: string): number | null {
    return this.roles.get(role)?.threshold ?? null;
  }

  /** Every transition, grouped by source. */
  all(): TransitionEntity[] {
    return [...this.out.values()].flat();
  }

  get size(): number {
    return this.count;
  }
}
