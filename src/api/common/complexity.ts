import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

type Estimator = (options: ComplexityEstimatorArgs) => number;

/**
 * Query cost, for the limits in server/plugins/query-limits.plugin.ts: every field costs 1, and a list
 * multiplies what is selected inside it by how many items it may hold, so a query's cost grows with
 * what it can make the server do (as GitHub and Shopify price their APIs).
 */

/** A list of about `size` items (sizes from the seed graph's longest lists, rounded up). */
export const listOf =
  (size: number): Estimator =>
  ({ childComplexity }) =>
    1 + size * childComplexity;

/** A list of at most the `first` argument's items, or its default when the argument is absent. */
export const firstOf =
  (defaultSize: number): Estimator =>
  ({ args, childComplexity }) =>
    1 + (typeof args.first === 'number' ? Math.max(args.first, 0) : defaultSize) * childComplexity;

/**
 * A text analysis (analyzeText): reading the text costs a point per `charactersPerPoint` characters, and
 * what is selected is paid once more per `charactersPerSelection` characters, since the lists it
 * returns (mentions) grow with the text.
 */
export const textAnalysisOf =
  (baseCost: number, charactersPerPoint: number, charactersPerSelection: number): Estimator =>
  ({ args, childComplexity }) => {
    const length = typeof args.text === 'string' ? args.text.length : 0;
    return (
      baseCost +
      Math.ceil(length / charactersPerPoint) +
      Math.max(1, Math.ceil(length / charactersPerSelection)) * childComplexity
    );
  };

/** Work done before any field is selected (a path search, a gap computation), plus the list it returns. */
export const searchOf =
  (baseCost: number, defaultSize: number): Estimator =>
  (options) =>
    baseCost + firstOf(defaultSize)(options);
