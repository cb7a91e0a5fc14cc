import { getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection, as the executor runs it (fragments, type conditions, @skip and
// @include), without the argument coercion a full resolve-info parse does for every nested field.
import { collectSubfields } from 'graphql/execution/collectFields';

/**
 * The names of the fields a query selects on `typeName` under the field being resolved, following
 * `path` (field names, e.g. ['nodes'] from a connection), so a resolver can fetch what comes next in
 * advance. Empty when the path does not lead to that type.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  typeName: string,
  path: readonly string[] = [],
): Set<string> {
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (let step = 0; ; step++) {
    if (!isObjectType(type) || nodes.length === 0) return new Set();
    const selected = [
      ...collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes).values(),
    ];
    const name = path[step];
    if (name === undefined) {
      return type.name === typeName ? new Set(selected.map(([field]) => field?.name.value ?? '')) : new Set();
    }
    nodes = selected.flat().filter((field) => field.name.value === name);
    const field = type.getFields()[name];
    if (!field) return new Set();
    type = getNamedType(field.type);
  }
}
