import type { ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';

/**
 * The schema has no mutation or subscription type, and graphql-js 16 does not validate a root type the
 * schema lacks (execution would throw an internal error): such operations are refused up front.
 */
export const QueriesOnlyRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation !== 'query') {
      context.reportError(
        refusal(
          'OPERATION_NOT_SUPPORTED',
          `This API answers queries only; it has no ${operation.operation} operations.`,
          { operation: operation.operation },
          [operation],
        ),
      );
    }
    return false;
  },
});
