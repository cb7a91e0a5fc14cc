import { Deadline, fieldsPerClockRead } from '../../src/server/deadline/deadline';
import { OperationTimeoutError } from '../../src/store/store-errors';

/** Runs checkField `times` times; the number of calls that threw. */
function throwsOf(deadline: Deadline, times: number): number {
  let thrown = 0;
  for (let index = 0; index < times; index++) {
    try {
      deadline.checkField();
    } catch (error) {
      expect(error).toBeInstanceOf(OperationTimeoutError);
      thrown++;
    }
  }
  return thrown;
}

describe('Deadline', () => {
  afterEach(() => jest.useRealTimers());

  it('lets fields resolve before the deadline', () => {
    expect(throwsOf(new Deadline(60_000), 10 * fieldsPerClockRead)).toBe(0);
  });

  it("reads the clock at an operation's first field", () => {
    jest.useFakeTimers({ now: 0 });
    const deadline = new Deadline(100);
    jest.setSystemTime(101);
    expect(throwsOf(deadline, 1)).toBe(1);
  });

  it('cuts a field at most fieldsPerClockRead fields late, and every field after it', () => {
    jest.useFakeTimers({ now: 0 });
    const deadline = new Deadline(100);
    expect(throwsOf(deadline, 1)).toBe(0);
    jest.setSystemTime(101);
    expect(throwsOf(deadline, fieldsPerClockRead)).toBe(1);
    expect(throwsOf(deadline, 5)).toBe(5);
  });

  it('stays passed once a field has seen it pass, whatever the clock says later', () => {
    jest.useFakeTimers({ now: 0 });
    const deadline = new Deadline(100);
    jest.setSystemTime(101);
    throwsOf(deadline, 1);
    jest.setSystemTime(0);
    expect(() => deadline.check()).toThrow(OperationTimeoutError);
  });
});
