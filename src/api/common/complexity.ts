/** What an estimator is given: the shape type-graphql's `complexity` option takes (graphql-query-complexity's). */
interface CostArgs {
  readonly args: Readonly<Record<string, unknown>>;
  readonly childComplexity: number;
}

type Estimator = (options: CostArgs) => number;

/**
 * Query cost, for the limits in server/cost/cost-walk.ts: every field costs 1, and a list multiplies what
 * is selected inside it by how many items it may hold, so a query's cost grows with what it can make the
 * server do (as GitHub and Shopify price their APIs). Lists that follow the graph are priced at the
 * loaded graph's longest list instead (server/cost/list-prices.ts); the sizes below are the fallback.
 */

/** A list of about `size` items. */
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

/**
 * A text search: each character of the text adds work (every term is matched by prefix and with typos,
 * and a long term explores more of the index), plus the hits it returns.
 */
export const textSearchOf =
  (pointsPerCharacter: number, defaultSize: number): Estimator =>
  (options) =>
    (typeof options.args.text === 'string' ? options.args.text.length * pointsPerCharacter : 0) +
    firstOf(defaultSize)(options);

/**
 * A path search: it explores paths up to `maxSteps` long, so each allowed step adds work, plus the
 * paths it returns.
 */
export const pathSearchOf =
  (pointsPerStep: number, defaultSteps: number, defaultSize: number): Estimator =>
  (options) =>
    (typeof options.args.maxSteps === 'number' ? options.args.maxSteps : defaultSteps) * pointsPerStep +
    firstOf(defaultSize)(options);
