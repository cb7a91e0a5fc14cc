import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { retryWithBackoff } from '../../src/store/neo4j/neo4j-client';

/** A read that fails with `failures` errors, one by one, then answers. */
function flaky(failures: readonly Error[]) {
  const calls: number[] = [];
  const attempt = async () => {
    calls.push(Date.now());
    const failure = failures[calls.length - 1];
    if (failure) throw failure;
    return 'answer';
  };
  return { attempt, calls };
}

/** A driver error as the driver makes them: a message, a code, a GQL status and its description. */
const driverError = (message: string, code: string) => new Neo4jError(message, code, '50N42', message);
const unavailable = () => driverError('no database', 'ServiceUnavailable');

describe('retryWithBackoff: the retry schedule of reads (auto-commit, as transaction functions retry)', () => {
  it('the driver calls an unavailable database retryable, and a syntax error not', () => {
    expect(isRetryableError(unavailable())).toBe(true);
    expect(isRetryableError(driverError('bad', 'Neo.ClientError.Statement.SyntaxError'))).toBe(false);
  });

  it('answers at once when the first attempt succeeds', async () => {
    const read = flaky([]);
    await expect(retryWithBackoff(500, read.attempt)).resolves.toBe('answer');
    expect(read.calls).toHaveLength(1);
  });

  it('retries a retryable failure once, about a second later, within a budget under 800 ms', async () => {
    const read = flaky([unavailable()]);
    await expect(retryWithBackoff(500, read.attempt)).resolves.toBe('answer');
    expect(read.calls).toHaveLength(2);
    const waited = (read.calls[1] as number) - (read.calls[0] as number);
    expect(waited).toBeGreaterThanOrEqual(790);
    expect(waited).toBeLessThan(1_500);
  });

  it('gives up after that one retry when it fails again (the budget is spent)', async () => {
    const first = unavailable();
    const second = unavailable();
    const read = flaky([first, second, unavailable()]);
    await expect(retryWithBackoff(500, read.attempt)).rejects.toBe(second);
    expect(read.calls).toHaveLength(2);
  });

  it('does not retry an error that is not retryable', async () => {
    const syntax = driverError('bad', 'Neo.ClientError.Statement.SyntaxError');
    const read = flaky([syntax]);
    await expect(retryWithBackoff(500, read.attempt)).rejects.toBe(syntax);
    expect(read.calls).toHaveLength(1);
  });

  it('with no budget, does not retry at all', async () => {
    const failure = unavailable();
    const read = flaky([failure]);
    await expect(retryWithBackoff(-1, read.attempt)).rejects.toBe(failure);
    expect(read.calls).toHaveLength(1);
  });
});
