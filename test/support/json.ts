/*
 * The shape of a GraphQL answer as tests read it, over HTTP or in-process, instead of `any`: the
 * envelope (data, errors with their code and facts, the cost report) is typed; the data a test reads
 * deeply is named by the test (`dataOf<{ role: { name: string } }>(answer)`).
 */

/** The cost report of an operation (server/plugins/operation-gate.plugin.ts, server/cost/cost.rule.ts). */
export interface CostReport {
  readonly requested: number;
  readonly limit: number;
}

/** An error's code and the facts the error table adds to it (limit, argument, cost, requestId, ...). */
export interface ErrorExtensions {
  readonly code?: string;
  readonly cost?: CostReport;
  readonly [fact: string]: unknown;
}

export interface AnswerError {
  readonly message: string;
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  readonly path?: readonly (string | number)[];
  readonly extensions?: ErrorExtensions;
}

/** A GraphQL answer; `data` is left open unless the test names its shape. */
export interface GraphQLAnswer<TData = { readonly [field: string]: unknown }> {
  readonly data?: TData | null;
  readonly errors?: readonly AnswerError[];
  readonly extensions?: { readonly cost?: CostReport; readonly [key: string]: unknown };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a body as a GraphQL answer: a JSON object whose `errors`, when present, is a list of objects
 * with a string message. Anything else (not JSON, an array, a page of HTML) is undefined, so a test can
 * assert that a body is an answer at all.
 */
export function parseAnswer(text: string): GraphQLAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const { errors } = value;
  if (errors !== undefined) {
    if (!Array.isArray(errors)) return undefined;
    if (!errors.every((error) => isObject(error) && typeof error.message === 'string')) return undefined;
  }
  return value as GraphQLAnswer;
}

/** The answer's data, in the shape the test's query asks for; fails the test when there is none. */
export function dataOf<TData>(answer: GraphQLAnswer | undefined): TData {
  if (answer?.data === undefined || answer.data === null)
    throw new Error(`expected data, got ${JSON.stringify(answer)?.slice(0, 500)}`);
  return answer.data as TData;
}

/** The answer's first error; fails the test when there is none. */
export function firstError(answer: GraphQLAnswer | undefined): AnswerError {
  const error = answer?.errors?.[0];
  if (!error) throw new Error(`expected an error, got ${JSON.stringify(answer)?.slice(0, 500)}`);
  return error;
}

/** The codes of an answer's errors, in order. */
export const codesOf = (answer: GraphQLAnswer | undefined): (string | undefined)[] =>
  (answer?.errors ?? []).map((error) => error.extensions?.code);

/** What an accepted operation cost (extensions.cost.requested); fails the test when none is reported. */
export function costOf(answer: GraphQLAnswer | undefined): number {
  const cost = answer?.extensions?.cost?.requested;
  if (typeof cost !== 'number')
    throw new Error(`expected a cost, got ${JSON.stringify(answer)?.slice(0, 500)}`);
  return cost;
}
