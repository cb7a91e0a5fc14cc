import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** How a measure of an operation is built up from its fields (depth, alias count, root fields, ...). */
export interface SelectionFold<T> {
  /** The value of a selection set with nothing in it. */
  readonly empty: T;
  /** A field's value, from what its own selections fold to (`empty` for a leaf, or with `intoFields` off). */
  field(node: FieldNode, inner: T): T;
  /** Two values of one selection set together (max for depth, + for counts). */
  merge(a: T, b: T): T;
  /** Whether to fold a field's own selections; false measures the top level only. Default true. */
  readonly intoFields?: boolean;
}

export type FragmentLookup = (name: string) => FragmentDefinitionNode | null | undefined;

/**
 * Folds a selection set, following fragment spreads, in time linear in the document: each fragment is
 * folded once and its value reused at every spread (a document whose fragments each spread the next
 * twice doubles its size per level when expanded, but not the work here). A fragment spread inside
 * itself (which validation refuses) or an unknown one counts as empty, so folding always ends.
 */
export function foldSelections<T>(
  selectionSet: SelectionSetNode,
  fold: SelectionFold<T>,
  fragmentNamed: FragmentLookup,
): T {
  const folded = new Map<string, T>();
  const inProgress = new Set<string>();
  const intoFields = fold.intoFields ?? true;

  const fragmentValue = (name: string): T => {
    const known = folded.get(name);
    if (known !== undefined) return known;
    const fragment = fragmentNamed(name);
    if (!fragment || inProgress.has(name)) return fold.empty;
    inProgress.add(name);
    const value = visit(fragment.selectionSet);
    inProgress.delete(name);
    folded.set(name, value);
    return value;
  };

  const visit = (set: SelectionSetNode): T => {
    let value = fold.empty;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = intoFields && selection.selectionSet ? visit(selection.selectionSet) : fold.empty;
        value = fold.merge(value, fold.field(selection, inner));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        value = fold.merge(value, visit(selection.selectionSet));
      } else {
        value = fold.merge(value, fragmentValue(selection.name.value));
      }
    }
    return value;
  };

  return visit(selectionSet);
}

/** Counts add up; the result stays a finite number however large the expanded document would be. */
export const addCounts = (a: number, b: number): number => Math.min(a + b, Number.MAX_SAFE_INTEGER);
