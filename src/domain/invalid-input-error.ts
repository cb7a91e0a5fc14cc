/**
 * Input the caller must change (an unknown slug, an argument out of range). The API answers it as
 * an error with code BAD_USER_INPUT that names the argument; nothing is changed.
 */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    /** The argument at fault, as the client wrote it. */
    readonly argument: string,
    /** Facts a client can act on, e.g. the limits of a range. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

/** Rejects a number outside [min, max] with an error naming the argument and the limit. */
export function checkRange(argument: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidInputError(`${argument} must be between ${min} and ${max}; got ${value}.`, argument, {
      min,
      max,
    });
  }
}
