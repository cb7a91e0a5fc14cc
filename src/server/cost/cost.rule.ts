import { getVariableValues, GraphQLError, type ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';
import { CostBudgetExceeded, operationCost, type ListSize } from './cost-walk';

export interface CostRuleOptions {
  readonly maxCost: number;
  /** The variables as the client sent them; coerced here, as execution will coerce them. */
  readonly variables: Record<string, unknown>;
  /** Only this operation is costed (the one that will run); all when absent. */
  readonly operationName?: string | null;
  readonly listSize: ListSize;
  /** Told the cost of each operation costed (also when over the limit). */
  readonly onCost?: (cost: number) => void;
}

/**
 * Refuses an operation that costs more than `maxCost` points (QUERY_TOO_COSTLY, with
 * `cost: { requested, limit }`) before anything runs. Costing needs the variables (`first: $n`), so,
 * unlike the other limits, the rule is made per request; variables that do not fit their types are the
 * caller's error (BAD_USER_INPUT). Run it only on documents that passed validation.
 */
export function costRule(options: CostRuleOptions): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (options.operationName && operation.name?.value !== options.operationName) return false;
      const schema = context.getSchema();
      const root = schema.getQueryType();
      if (!root) return false;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], options.variables, {
        maxErrors: 10,
      });
      if (coerced.errors) {
        for (const error of coerced.errors)
          context.reportError(refusal('BAD_USER_INPUT', error.message, {}, error.nodes));
        return false;
      }
      let cost: number;
      let over = false;
      try {
        cost = operationCost(operation.selectionSet, root, {
          schema,
          fragmentNamed: (name) => context.getFragment(name),
          variables: coerced.coerced,
          listSize: options.listSize,
          budget: options.maxCost,
        });
      } catch (error) {
        if (error instanceof CostBudgetExceeded) {
          cost = error.atLeast + 1;
          over = true;
        } else if (error instanceof GraphQLError) {
          context.reportError(refusal('BAD_USER_INPUT', error.message, {}, error.nodes));
          return false;
        } else throw error;
      }
      options.onCost?.(cost);
      if (cost > options.maxCost) {
        const what = over ? `more than ${options.maxCost}` : String(cost);
        context.reportError(
          refusal(
            'QUERY_TOO_COSTLY',
            `This query costs ${what} points; the limit is ${options.maxCost}. Ask for fewer items (lower \`first\`) or fewer nested lists.`,
            { cost: { requested: cost, limit: options.maxCost } },
          ),
        );
      }
      return false;
    },
  });
}
