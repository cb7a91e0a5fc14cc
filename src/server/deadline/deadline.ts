import { OperationTimeoutError } from '../../store/store-errors';

/** The moment an operation must be answered by; its store calls and its field resolvers check it. */
export class Deadline {
  private readonly at: number;

  constructor(readonly limitMs: number) {
    this.at = Date.now() + limitMs;
  }

  /** Throws OperationTimeoutError once the deadline has passed. */
  check(): void {
    if (Date.now() > this.at) throw new OperationTimeoutError(this.limitMs);
  }
}
