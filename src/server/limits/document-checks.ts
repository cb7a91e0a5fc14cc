import {
  GraphQLError,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { introspectionDepth, maxRepeatedFields, type QueryLimits } from '../limits';
import { noIntrospectionRule } from '../no-introspection.rule';
import { maxAliasesRule } from './max-aliases.rule';
import { maxDepthRule } from './max-depth.rule';
import { maxRootFieldsRule } from './max-root-fields.rule';
import { maxSelectionsRule } from './max-selections.rule';
import { OneSchemaFieldRule } from './one-schema-field.rule';
import { QueriesOnlyRule } from './queries-only.rule';

/** The limits that need only the document, each a validation rule (each file holds one). */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  return [
    QueriesOnlyRule,
    maxDepthRule(limits.maxDepth, introspectionDepth),
    maxAliasesRule(limits.maxAliases),
    maxRootFieldsRule(limits.maxRootFields),
    OneSchemaFieldRule,
    maxSelectionsRule(limits.maxSelections, maxRepeatedFields),
  ];
}

/**
 * Validates documents for Apollo, which is told not to (apollo-server.ts): first the limits, each linear
 * in the document, and only for a document within them graphql-js's own rules, some of which are not
 * linear (OverlappingFieldsCanBeMerged compares fields pairwise) and would otherwise run on anything.
 * A verdict is kept per parsed document: Apollo hands out the same object for the same query text.
 */
export class DocumentChecks {
  private readonly verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  private readonly limits: readonly ValidationRule[];
  private readonly standard: readonly ValidationRule[];

  constructor(
    private readonly schema: GraphQLSchema,
    limits: QueryLimits,
    introspection: boolean,
  ) {
    this.limits = limitRules(limits);
    this.standard = introspection ? specifiedRules : [...specifiedRules, noIntrospectionRule];
  }

  errorsOf(document: DocumentNode): readonly GraphQLError[] {
    const known = this.verdicts.get(document);
    if (known) return known;
    const overLimits = validate(this.schema, document, this.limits);
    const errors =
      overLimits.length > 0
        ? overLimits
        : validate(this.schema, document, this.standard).map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes,
                source: error.source,
                positions: error.positions,
                originalError: error.originalError,
                extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
    this.verdicts.set(document, errors);
    return errors;
  }
}
