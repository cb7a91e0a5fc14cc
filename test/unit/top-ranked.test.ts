import fc from 'fast-check';
import { TopRanked } from '../../src/domain/top-ranked';

describe('TopRanked', () => {
  it('keeps what a full sort and slice keep', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        (xs, size) => {
          const top = new TopRanked<number>(size, (a, b) => b - a);
          for (const x of xs) top.offer(x);
          expect(top.items()).toEqual([...xs].sort((a, b) => b - a).slice(0, size));
        },
      ),
    );
  });
});
