import type {
  HiringLink,
  LinkedNode,
  RoleEntity,
  RoleTechnologyLink,
  SalaryEntity,
} from '../domain/entities';
import {
  byImportanceThenRole,
  byImportanceThenSkill,
  byName,
  bySalary,
  byTransitionEnds,
  byTransitionStarts,
} from '../domain/ordering';
import type { Relation, Relations } from './graph-store';

const byNode = <T extends { name: string; slug: string }>(a: LinkedNode<T>, b: LinkedNode<T>) =>
  byName(a.node, b.node);
/** Levels by the experience they ask for (a level with none last), then by name. */
const byLevel = (a: RoleEntity, b: RoleEntity) =>
  (a.experience?.min ?? Number.MAX_SAFE_INTEGER) - (b.experience?.min ?? Number.MAX_SAFE_INTEGER) ||
  byName(a, b);

/** The order of each relation's neighbours, which every store applies (graph-store.ts documents it). */
export const relationOrder: { [R in Relation]: (a: Relations[R], b: Relations[R]) => number } = {
  'Role.skills': byImportanceThenSkill,
  'Role.technologies': (a: RoleTechnologyLink, b: RoleTechnologyLink) => byName(a.technology, b.technology),
  'Role.nextRoles': byTransitionEnds,
  'Role.previousRoles': byTransitionStarts,
  'Role.levels': byLevel,
  'Role.salaries': (a: SalaryEntity, b: SalaryEntity) => bySalary(a, b),
  'Role.industries': (a: HiringLink, b: HiringLink) => byName(a.industry, b.industry),
  'Industry.roles': (a: HiringLink, b: HiringLink) => byName(a.role, b.role),
  'Skill.roles': byImportanceThenRole,
  'Skill.technologies': byNode,
  'Skill.prerequisites': byNode,
  'Skill.unlocks': byNode,
  'Skill.relatedSkills': byNode,
  'Technology.roles': (a: RoleTechnologyLink, b: RoleTechnologyLink) => byName(a.role, b.role),
  'Technology.skills': byNode,
  'Technology.languages': byNode,
  'Technology.frameworks': byNode,
};

/** Sorts one relation's neighbour lists in place and returns them. */
export function orderNeighbours<R extends Relation>(relation: R, lists: Relations[R][][]): Relations[R][][] {
  const order = relationOrder[relation] as (a: Relations[R], b: Relations[R]) => number;
  for (const list of lists) list.sort(order);
  return lists;
}
