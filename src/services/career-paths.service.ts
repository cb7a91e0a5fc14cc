import { careerPathLimits, type CareerPathQuery, type CareerPathResult } from '../domain/career-paths';
import { checkRange, InvalidInputError } from '../domain/invalid-input-error';
import type { GraphStore } from '../store/graph-store';
import { requireRoles } from './role-lookup';

/** Checks a path question (limits, known slugs, a sensible avoid list), then asks the store. */
export async function findCareerPaths(
  store: GraphStore,
  query: CareerPathQuery,
): Promise<CareerPathResult[]> {
  checkRange('maxSteps', query.maxSteps, 1, careerPathLimits.maxSteps);
  checkRange('first', query.first, 1, careerPathLimits.first);
  await requireRoles(store, [
    { argument: 'from', slug: query.from },
    { argument: 'to', slug: query.to },
    ...query.avoid.map((slug) => ({ argument: 'avoid', slug })),
  ]);
  if (query.from === query.to) {
    throw new InvalidInputError(
      `from and to are the same role ("${query.from}"): a path needs two roles.`,
      'to',
    );
  }
  for (const end of [query.from, query.to]) {
    if (query.avoid.includes(end)) {
      throw new InvalidInputError(`avoid names "${end}", which is where the path starts or ends.`, 'avoid', {
        slug: end,
      });
    }
  }
  return store.careerPaths({ ...query, avoid: [...new Set(query.avoid)] });
}
