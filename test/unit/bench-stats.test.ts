import { latencyStats, median, percentile, summarize } from '../../bench/stats';

describe('bench/stats: the one definition of each statistic the benchmarks report', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('median of %j is %d, in any order', (values, expected) => {
    expect(median(values)).toBe(expected);
    expect(median([...values].reverse())).toBe(expected);
  });

  it('median of nothing is NaN', () => {
    expect(median([])).toBeNaN();
  });

  it('percentile is nearest-rank over ascending samples', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 0.95)).toBe(95);
    expect(percentile(sorted, 0.99)).toBe(99);
    expect(percentile(sorted, 1)).toBe(100);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('summarize gives the median (mean of the middle two), p95 and max of unsorted samples', () => {
    expect(summarize([10, 2, 8, 4])).toEqual({ samples: 4, median: 6, p95: 10, max: 10 });
  });

  it('latencyStats gives the nearest-rank median and p99', () => {
    expect(latencyStats([4, 1, 3, 2])).toEqual({ samples: 4, median: 2, p99: 4 });
  });
});
