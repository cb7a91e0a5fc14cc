import type { ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';
import { addCounts, foldSelections, type SelectionFold } from './fold-selections';
import { limitRule } from './limit-rule';

const aliasFold: SelectionFold<number> = {
  empty: 0,
  field: (node, inner) => addCounts(node.alias ? 1 : 0, inner),
  merge: addCounts,
};

/**
 * Refuses more than `maxAliases` aliased fields in one operation (TOO_MANY_ALIASES), each use of a
 * fragment counted: aliases are how one request asks for the same expensive field many times.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return limitRule((operation, fragmentNamed, context) => {
    const aliases = foldSelections(operation.selectionSet, aliasFold, fragmentNamed);
    if (aliases > maxAliases) {
      context.reportError(
        refusal('TOO_MANY_ALIASES', `This query uses ${aliases} aliases; the limit is ${maxAliases}.`, {
          aliases,
          limit: maxAliases,
        }),
      );
    }
  });
}
