import type { OperationDefinitionNode, ValidationContext, ValidationRule } from 'graphql';
import type { FragmentLookup } from './fold-selections';

/**
 * A limit as a graphql-js validation rule: `check` measures each operation (following its fragments)
 * and reports what is over. Nothing below an operation needs visiting: the measure walks it itself.
 */
export function limitRule(
  check: (
    operation: OperationDefinitionNode,
    fragmentNamed: FragmentLookup,
    context: ValidationContext,
  ) => void,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      check(operation, (name) => context.getFragment(name), context);
      return false;
    },
  });
}
