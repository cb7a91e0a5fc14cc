/** One problem in a seed file, located precisely enough to fix it without searching. */
export interface SeedProblem {
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line: number | null;
  /** The entry: its index in the file's list and its slug (or from -> to) when it has one. */
  readonly entry: string | null;
  /** Where in the entry, e.g. `skills[2].skill`. */
  readonly path: string;
  readonly reason: string;
}

export function formatSeedProblem(problem: SeedProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  const entry = problem.entry === null ? '' : ` ${problem.entry}`;
  const path = problem.path === '' ? '' : ` ${problem.path}:`;
  return `${where}${entry}${path} ${problem.reason}`;
}

/** Thrown when the seed fails validation; nothing has been loaded. */
export class SeedValidationError extends Error {
  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `The seed has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded:\n` +
        problems.map((problem) => `  - ${formatSeedProblem(problem)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
