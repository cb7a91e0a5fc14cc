import type { ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';
import { addCounts, foldSelections, type SelectionFold } from './fold-selections';
import { limitRule } from './limit-rule';

const schemaFieldFold: SelectionFold<number> = {
  empty: 0,
  field: (node) => (node.name.value === '__schema' ? 1 : 0),
  merge: addCounts,
  intoFields: false,
};

/**
 * Refuses an operation that asks for `__schema` more than once, through aliases or fragments
 * (TOO_MANY_SCHEMA_FIELDS): one walk of the schema is all any tool needs, and each is large.
 */
export const OneSchemaFieldRule: ValidationRule = limitRule((operation, fragmentNamed, context) => {
  const schemaFields = foldSelections(operation.selectionSet, schemaFieldFold, fragmentNamed);
  if (schemaFields > 1) {
    context.reportError(
      refusal(
        'TOO_MANY_SCHEMA_FIELDS',
        `This query asks for __schema ${schemaFields} times; one operation may ask for it once.`,
        { schemaFields, limit: 1 },
      ),
    );
  }
});
