import type { HiringLink, SalaryEntity, TransitionEntity } from '../domain/entities';
import {
  byImportanceThenRole,
  byImportanceThenSkill,
  byName,
  bySalary,
  compareText,
} from '../domain/ordering';
import type { Relation, Relations } from './graph-store';

const byFromThenTo = (a: TransitionEntity, b: TransitionEntity) =>
  compareText(a.from, b.from) || compareText(a.to, b.to);
const byToThenFrom = (a: TransitionEntity, b: TransitionEntity) =>
  compareText(a.to, b.to) || compareText(a.from, b.from);

/** The order of each relation's neighbours, which every store applies (graph-store.ts documents it). */
export const relationOrder: { [R in Relation]: (a: Relations[R], b: Relations[R]) => number } = {
  'Role.skills': byImportanceThenSkill,
  'Role.technologies': byName,
  'Role.nextRoles': byToThenFrom,
  'Role.previousRoles': byFromThenTo,
  'Role.salaries': (a: SalaryEntity, b: SalaryEntity) => bySalary(a, b),
  'Role.industries': (a: HiringLink, b: HiringLink) => byName(a.industry, b.industry),
  'Industry.roles': (a: HiringLink, b: HiringLink) => byName(a.role, b.role),
  'Skill.roles': byImportanceThenRole,
  'Skill.technologies': byName,
  'Skill.prerequisites': byName,
  'Skill.unlocks': byName,
  'Skill.relatedSkills': byName,
  'Technology.roles': byName,
  'Technology.skills': byName,
  'Technology.languages': byName,
  'Technology.frameworks': byName,
};

/** Sorts one relation's neighbour lists in place and returns them. */
export function orderNeighbours<R extends Relation>(relation: R, lists: Relations[R][][]): Relations[R][][] {
  const order = relationOrder[relation] as (a: Relations[R], b: Relations[R]) => number;
  for (const list of lists) list.sort(order);
  return lists;
}
