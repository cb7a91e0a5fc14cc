import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { FragmentLookup } from '../limits/fold-selections';

/** A list field's price per item, from the loaded graph (list-prices.ts); undefined: the schema's own estimate. */
export type ListSize = (coordinate: string) => number | undefined;

export interface CostInputs {
  readonly schema: GraphQLSchema;
  readonly fragmentNamed: FragmentLookup;
  /** The operation's variables, coerced. */
  readonly variables: Record<string, unknown>;
  readonly listSize: ListSize;
  /**
   * Introspection is priced by walking the schema itself; the walk stops once it has counted this many
   * points (each step adds at least one), so pricing never costs more than the limit it checks.
   */
  readonly budget: number;
}

/** The introspection walk reached its budget: the operation costs more than that. */
export class CostBudgetExceeded extends Error {
  constructor(readonly atLeast: number) {
    super(`costs more than ${atLeast}`);
  }
}

/** The shape graphql-query-complexity defined and type-graphql's `complexity` option still uses. */
type Estimator = (options: {
  type: GraphQLCompositeType;
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  args: Record<string, unknown>;
  childComplexity: number;
}) => number | void;

const large = (value: number) => Math.min(value, Number.MAX_SAFE_INTEGER);

/**
 * The cost of one operation (README, "Running in production"): every field costs 1, a list multiplies
 * what it selects by how many items it may hold, and a field's own estimate (api/common/complexity.ts)
 * adds the work behind it. Fragments are costed once per type they apply to and reused at every spread,
 * so the walk is linear in the document. Where a selection reaches several concrete types, the costliest
 * counts (as graphql-query-complexity counts it). Introspection is priced by the schema's real sizes.
 */
export function operationCost(selectionSet: SelectionSetNode, root: GraphQLObjectType, inputs: CostInputs) {
  const { schema, fragmentNamed, variables, listSize } = inputs;
  const memo = new Map<SelectionSetNode, Map<string, number>>();
  const inProgress = new Set<SelectionSetNode>();
  const introspection = introspectionPricer(inputs);

  const included = (selection: SelectionNode): boolean => {
    if (!selection.directives?.length) return true;
    if (getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if !== false;
  };

  const typesOf = (type: GraphQLCompositeType): readonly string[] =>
    isAbstractType(type) ? schema.getPossibleTypes(type).map((possible) => possible.name) : [type.name];

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    const known = memo.get(set)?.get(parent.name);
    if (known !== undefined) return known;
    if (inProgress.has(set)) return 0; // a fragment cycle, which validation refuses
    inProgress.add(set);
    const byType = new Map<string, number>();
    const add = (amount: number, typeNames: readonly string[]) => {
      for (const name of typeNames) byType.set(name, large((byType.get(name) ?? 0) + amount));
    };
    for (const selection of set.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        add(fieldCost(selection, parent), typesOf(parent));
        continue;
      }
      const typeCondition =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.typeCondition
          : fragmentNamed(selection.name.value)?.typeCondition;
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : fragmentNamed(selection.name.value)?.selectionSet;
      const type = typeCondition ? schema.getType(typeCondition.name.value) : parent;
      if (!inner || !type || !isCompositeType(type)) continue;
      add(selectionCost(inner, type), typesOf(type));
    }
    inProgress.delete(set);
    const cost = Math.max(0, ...byType.values());
    let forSet = memo.get(set);
    if (!forSet) memo.set(set, (forSet = new Map()));
    forSet.set(parent.name, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    const name = node.name.value;
    if (name === '__typename') return 1;
    if (parent === root && (name === '__schema' || name === '__type')) return introspection.rootField(node);
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[name];
    if (!field) return 0; // an unknown field, which validation refuses
    const args = getArgumentValues(field, node, variables);
    const named = getNamedType(field.type);
    const childComplexity =
      node.selectionSet && isCompositeType(named) ? selectionCost(node.selectionSet, named) : 0;
    const size = listSizeOf(parent, name, listSize);
    if (size !== undefined) return large(1 + size * childComplexity);
    const estimate = field.extensions?.complexity as Estimator | number | undefined;
    if (typeof estimate === 'number') return large(estimate + childComplexity);
    if (typeof estimate === 'function') {
      const cost = estimate({ type: parent, field, node, args, childComplexity });
      if (typeof cost === 'number' && !Number.isNaN(cost)) return large(cost);
    }
    return large(1 + childComplexity);
  };

  return selectionCost(selectionSet, root);
}

/** A field's list price by its own coordinate, or by the one it has on an interface it implements. */
function listSizeOf(parent: GraphQLCompositeType, field: string, listSize: ListSize): number | undefined {
  const own = listSize(`${parent.name}.${field}`);
  if (own !== undefined || !isObjectType(parent)) return own;
  for (const shared of parent.getInterfaces()) {
    const size = listSize(`${shared.name}.${field}`);
    if (size !== undefined) return size;
  }
  return undefined;
}

/**
 * Prices __schema and __type by what they would return: the walk follows the schema's own objects
 * (types, fields, arguments, ...) through graphql-js's introspection resolvers and counts one point per
 * field per object. A selection is priced once per schema object it meets, so repeated fragments cost
 * no more work; the walk stops at the budget.
 */
function introspectionPricer(inputs: CostInputs) {
  const { schema, fragmentNamed, variables, budget } = inputs;
  const info = { schema } as GraphQLResolveInfo;
  const memo = new Map<SelectionSetNode, Map<unknown, number>>();
  const inProgress = new Set<SelectionSetNode>();
  let counted = 0;

  const objectCost = (set: SelectionSetNode, type: GraphQLObjectType, value: unknown): number => {
    const known = memo.get(set)?.get(value);
    if (known !== undefined) return known;
    if (inProgress.has(set)) return 0;
    inProgress.add(set);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) cost += fieldCost(selection, type, value);
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        cost += objectCost(selection.selectionSet, type, value);
      else {
        const fragment = fragmentNamed(selection.name.value);
        if (fragment) cost += objectCost(fragment.selectionSet, type, value);
      }
    }
    inProgress.delete(set);
    let forSet = memo.get(set);
    if (!forSet) memo.set(set, (forSet = new Map()));
    forSet.set(value, cost);
    return cost;
  };

  const fieldCost = (node: FieldNode, type: GraphQLObjectType, value: unknown): number => {
    if (++counted > budget) throw new CostBudgetExceeded(budget);
    const field = type.getFields()[node.name.value];
    if (!field?.resolve || !node.selectionSet) return 1;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return 1;
    const result: unknown = field.resolve(value, getArgumentValues(field, node, variables), undefined, info);
    const items = Array.isArray(result) ? result : result == null ? [] : [result];
    let cost = 1;
    for (const item of items) cost = large(cost + objectCost(node.selectionSet, named, item));
    return cost;
  };

  return {
    /** __schema, or __type(name:), at the root of the query. */
    rootField(node: FieldNode): number {
      if (++counted > budget) throw new CostBudgetExceeded(budget);
      if (!node.selectionSet) return 1;
      const schemaType = schema.getType('__Schema') as GraphQLObjectType;
      const typeType = schema.getType('__Type') as GraphQLObjectType;
      if (node.name.value === '__schema') return 1 + objectCost(node.selectionSet, schemaType, schema);
      const nameArgument = node.arguments?.find((argument) => argument.name.value === 'name');
      const typeName =
        nameArgument?.value.kind === Kind.STRING
          ? nameArgument.value.value
          : nameArgument?.value.kind === Kind.VARIABLE
            ? variables[nameArgument.value.name.value]
            : undefined;
      const type = typeof typeName === 'string' ? schema.getType(typeName) : undefined;
      return 1 + (type ? objectCost(node.selectionSet, typeType, type) : 0);
    },
  };
}
