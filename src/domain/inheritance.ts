import type { Evidence, RoleEntity, TransitionEntity } from './entities';

/**
 * What a level inherits from its occupation: the one definition of "what a role requires" (and uses,
 * and where it may move), which every store and every skill question share.
 *
 * The documents state most facts of "a backend developer" in general; those sit on the level-less
 * occupation, and each of its levels (junior, mid-level, senior) holds them too, besides what the
 * documents say of that level. A level's own statement of the same link wins over the inherited one.
 */

/** A link from a role to something, as a role states it (inheritedFrom null) or inherits it. */
interface RoleLink {
  readonly role: string;
  readonly target: string;
  readonly inheritedFrom: string | null;
}

/** The levels of each occupation, by occupation slug. */
export function levelsByOccupation(roles: readonly RoleEntity[]): Map<string, RoleEntity[]> {
  const levels = new Map<string, RoleEntity[]>();
  for (const role of roles) {
    if (role.occupation === null) continue;
    const list = levels.get(role.occupation);
    if (list) list.push(role);
    else levels.set(role.occupation, [role]);
  }
  return levels;
}

/** Own links, then each level's copies of its occupation's links that it does not state itself. */
export function withInheritedLinks<L extends RoleLink>(roles: readonly RoleEntity[], own: readonly L[]): L[] {
  const levels = levelsByOccupation(roles);
  if (levels.size === 0) return [...own];
  const byRole = new Map<string, L[]>();
  for (const link of own) {
    const list = byRole.get(link.role);
    if (list) list.push(link);
    else byRole.set(link.role, [link]);
  }
  const inherited: L[] = [];
  for (const [occupation, members] of levels) {
    const stated = byRole.get(occupation) ?? [];
    for (const level of members) {
      const ownTargets = new Set((byRole.get(level.slug) ?? []).map((link) => link.target));
      for (const link of stated) {
        if (!ownTargets.has(link.target))
          inherited.push({ ...link, role: level.slug, inheritedFrom: occupation });
      }
    }
  }
  return [...own, ...inherited];
}

/** A move stated for an occupation, open to its levels from `openFrom` up (all levels when null). */
export interface OccupationMove extends TransitionEntity {
  readonly openFrom: { readonly level: string; readonly evidence: readonly Evidence[] } | null;
}

/**
 * Own moves, then each level's copies of its occupation's moves: a level takes a move when it stands at
 * or above the move's `openFrom` level (by the experience each level asks for) and does not state the
 * same move itself. An inherited move carries the occupation's evidence and the evidence for where it
 * opens, so an analyst sees both readings.
 */
export function withInheritedMoves(
  roles: readonly RoleEntity[],
  moves: readonly OccupationMove[],
): TransitionEntity[] {
  const plain = moves.map(({ openFrom: _openFrom, ...move }) => move);
  const levels = levelsByOccupation(roles);
  if (levels.size === 0) return plain;
  const bySlug = new Map(roles.map((role) => [role.slug, role]));
  const ownPairs = new Set(moves.map((move) => `${move.from}\u0000${move.to}`));
  const inherited: TransitionEntity[] = [];
  for (const move of moves) {
    const members = levels.get(move.from);
    if (members === undefined) continue;
    const threshold = move.openFrom ? thresholdOf(bySlug.get(move.openFrom.level)) : null;
    for (const level of members) {
      if (level.slug === move.to || ownPairs.has(`${level.slug}\u0000${move.to}`)) continue;
      if (move.openFrom !== null) {
        // A level or threshold that states no experience cannot be placed: it does not take the move.
        const rank = thresholdOf(level);
        if (threshold === null || rank === null || rank < threshold) continue;
      }
      const { openFrom, ...stated } = move;
      // The evidence for where the move opens supports that attribute, not the move itself.
      const evidence = openFrom
        ? [
            ...stated.evidence,
            ...openFrom.evidence.map((item) => ({ ...item, about: item.about ?? 'openFrom' })),
          ]
        : stated.evidence;
      inherited.push({
        ...stated,
        from: level.slug,
        evidence,
        sources: [...new Set(evidence.map((item) => item.source))],
        inheritedFrom: move.from,
      });
    }
  }
  return [...plain, ...inherited];
}

/** Where a level stands: the least experience it asks for; null when it states none. */
function thresholdOf(role: RoleEntity | undefined): number | null {
  return role?.experience?.min ?? null;
}
