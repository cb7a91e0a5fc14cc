import { QueriesOnlyRule } from '../../src/server/limits/queries-only.rule';
import { errorsOf } from './harness';

describe('QueriesOnlyRule', () => {
  it('accepts queries', () => {
    expect(errorsOf([QueriesOnlyRule], '{ count } query Named { count }')).toEqual([]);
  });

  it.each(['mutation', 'subscription'])('refuses a %s with OPERATION_NOT_SUPPORTED, located', (operation) => {
    const [error] = errorsOf([QueriesOnlyRule], `${operation} { rename(name: "b") { name } }`);
    expect(error?.extensions).toEqual({ code: 'OPERATION_NOT_SUPPORTED', operation });
    expect(error?.locations).toEqual([{ line: 1, column: 1 }]);
  });
});
