import type { ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';
import { foldSelections, type SelectionFold } from './fold-selections';
import { limitRule } from './limit-rule';

const depthFold: SelectionFold<number> = {
  empty: 0,
  field: (_node, inner) => 1 + inner,
  merge: Math.max,
};

/** Whether every field at the root (through fragments) asks about the schema: __schema, __type, __typename. */
const introspectionOnlyFold: SelectionFold<boolean> = {
  empty: true,
  field: (node) => node.name.value.startsWith('__'),
  merge: (a, b) => a && b,
  intoFields: false,
};

/**
 * Refuses an operation nested deeper than `maxDepth` fields, counted through fragments (QUERY_TOO_DEEP).
 * An operation that only asks about the schema may nest to `introspectionDepth`: tools' schema queries
 * (GraphiQL's nests 15 levels) walk type references, not data, and their cost is still counted.
 */
export function maxDepthRule(maxDepth: number, introspectionDepth: number): ValidationRule {
  return limitRule((operation, fragmentNamed, context) => {
    const depth = foldSelections(operation.selectionSet, depthFold, fragmentNamed);
    const limit = foldSelections(operation.selectionSet, introspectionOnlyFold, fragmentNamed)
      ? Math.max(maxDepth, introspectionDepth)
      : maxDepth;
    if (depth > limit) {
      context.reportError(
        refusal('QUERY_TOO_DEEP', `This query nests ${depth} levels deep; the limit is ${limit}.`, {
          depth,
          limit,
        }),
      );
    }
  });
}
