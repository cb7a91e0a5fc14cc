import { Kind, type SelectionSetNode, type ValidationRule } from 'graphql';
import { refusal } from '../errors/error-table';
import type { FragmentLookup } from './fold-selections';
import { limitRule } from './limit-rule';

/** One place in the answer (a response path): how many fields land there, and the places below. */
interface Place {
  fields: number;
  readonly below: Map<string, Place>;
}

type Finding = { readonly kind: 'selections' } | { readonly kind: 'repeats'; readonly path: string };

/**
 * Expands fragments, stopping at `maxSelections` visits, and counts fields per place in the answer.
 * The first limit bounds the expansion; the second bounds graphql-js's OverlappingFieldsCanBeMerged,
 * which compares every two fields that land on one place (its work is the sum of their squares).
 */
function findExcess(
  selectionSet: SelectionSetNode,
  fragmentNamed: FragmentLookup,
  maxSelections: number,
  maxRepeats: number,
): Finding | null {
  let visited = 0;
  const inProgress = new Set<string>();
  const walk = (set: SelectionSetNode, places: Map<string, Place>, path: string): Finding | null => {
    for (const selection of set.selections) {
      if (++visited > maxSelections) return { kind: 'selections' };
      let found: Finding | null = null;
      if (selection.kind === Kind.FIELD) {
        const key = (selection.alias ?? selection.name).value;
        let place = places.get(key);
        if (!place) {
          place = { fields: 0, below: new Map() };
          places.set(key, place);
        }
        if (++place.fields > maxRepeats) return { kind: 'repeats', path: path + key };
        if (selection.selectionSet) found = walk(selection.selectionSet, place.below, `${path}${key}.`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = walk(selection.selectionSet, places, path);
      } else {
        const name = selection.name.value;
        const fragment = fragmentNamed(name);
        if (!fragment || inProgress.has(name)) continue;
        inProgress.add(name);
        found = walk(fragment.selectionSet, places, path);
        inProgress.delete(name);
      }
      if (found) return found;
    }
    return null;
  };
  return walk(selectionSet, new Map(), '');
}

/**
 * Refuses an operation with more than `maxSelections` selections once its fragments are expanded, or
 * with more than `maxRepeats` fields on one place of the answer (TOO_MANY_SELECTIONS). Both keep the
 * checks that follow (graphql-js's validation, the cost) within a few milliseconds on any document.
 */
export function maxSelectionsRule(maxSelections: number, maxRepeats: number): ValidationRule {
  return limitRule((operation, fragmentNamed, context) => {
    const finding = findExcess(operation.selectionSet, fragmentNamed, maxSelections, maxRepeats);
    if (finding?.kind === 'selections') {
      context.reportError(
        refusal(
          'TOO_MANY_SELECTIONS',
          `This query makes more than ${maxSelections} selections, counting each use of a fragment; the limit is ${maxSelections}.`,
          { limit: maxSelections },
        ),
      );
    } else if (finding?.kind === 'repeats') {
      context.reportError(
        refusal(
          'TOO_MANY_SELECTIONS',
          `This query selects ${finding.path} more than ${maxRepeats} times; at most ${maxRepeats} selections may land on one field of the answer.`,
          { path: finding.path, limit: maxRepeats },
        ),
      );
    }
  });
}
