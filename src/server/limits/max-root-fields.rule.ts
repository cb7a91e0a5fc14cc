import type { ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';
import { addCounts, foldSelections, type SelectionFold } from './fold-selections';
import { limitRule } from './limit-rule';

const rootFieldFold: SelectionFold<number> = {
  empty: 0,
  field: () => 1,
  merge: addCounts,
  intoFields: false,
};

/** Refuses more than `maxRootFields` fields at the root of one operation, through fragments (TOO_MANY_ROOT_FIELDS). */
export function maxRootFieldsRule(maxRootFields: number): ValidationRule {
  return limitRule((operation, fragmentNamed, context) => {
    const rootFields = foldSelections(operation.selectionSet, rootFieldFold, fragmentNamed);
    if (rootFields > maxRootFields) {
      context.reportError(
        refusal(
          'TOO_MANY_ROOT_FIELDS',
          `This query asks for ${rootFields} root fields; the limit is ${maxRootFields}.`,
          { rootFields, limit: maxRootFields },
        ),
      );
    }
  });
}
