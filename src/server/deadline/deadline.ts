import { OperationTimeoutError } from '../../store/store-errors';

/**
 * Fields resolved between two reads of the clock by checkField: a read costs more than resolving most
 * fields do, and a 100-role list resolves some 8,000.
 */
export const fieldsPerClockRead = 32;

/** The moment an operation must be answered by; its store calls and its field resolvers check it. */
export class Deadline {
  private readonly at: number;
  private passed = false;
  /** Starts one short of a read, so the operation's first field reads the clock. */
  private fieldsSinceClockRead = fieldsPerClockRead - 1;

  constructor(readonly limitMs: number) {
    this.at = Date.now() + limitMs;
  }

  /** Throws OperationTimeoutError once the deadline has passed. */
  check(): void {
    if (this.passed || Date.now() > this.at) {
      this.passed = true;
      throw new OperationTimeoutError(this.limitMs);
    }
  }

  /**
   * The check before each field resolves: reads the clock every fieldsPerClockRead fields, so a field
   * is cut at most that many fields late, and once the deadline is seen to have passed every field throws.
   */
  checkField(): void {
    if (!this.passed && ++this.fieldsSinceClockRead < fieldsPerClockRead) return;
    this.fieldsSinceClockRead = 0;
    this.check();
  }
}
