import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** How deep, how aliased and how wide at the root an operation is: what the shape limits check. */
export interface QueryShape {
  /** Longest chain of nested fields, counting through fragments. */
  readonly depth: number;
  /** Fields with an alias, in the whole operation (fragments counted each time they are used). */
  readonly aliases: number;
  /** Fields selected at the root of the operation. */
  readonly rootFields: number;
  /** Whether the operation asks only for schema information (__schema, __type, __typename). */
  readonly introspectionOnly: boolean;
}

/**
 * Measures one operation. Fragments are followed where they are spread; a fragment spread inside
 * itself (which validation rejects anyway) counts once, so measuring always ends.
 */
export function measureQueryShape(document: DocumentNode, operation: OperationDefinitionNode): QueryShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  const visit = (selectionSet: SelectionSetNode, depth: number, inFragments: ReadonlySet<string>): number => {
    let deepest = depth;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++;
        deepest = Math.max(
          deepest,
          selection.selectionSet ? visit(selection.selectionSet, depth + 1, inFragments) : depth + 1,
        );
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, visit(selection.selectionSet, depth, inFragments));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !inFragments.has(name)) {
          deepest = Math.max(deepest, visit(fragment.selectionSet, depth, new Set([...inFragments, name])));
        }
      }
    }
    return deepest;
  };
  const depth = visit(operation.selectionSet, 0, new Set());
  const rootFields = countRootFields(operation.selectionSet, fragments, new Set());
  const introspectionOnly = operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
  return { depth, aliases, rootFields, introspectionOnly };
}

function countRootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      count += countRootFields(selection.selectionSet, fragments, seen);
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        count += countRootFields(fragment.selectionSet, fragments, new Set([...seen, fragment.name.value]));
      }
    }
  }
  return count;
}
