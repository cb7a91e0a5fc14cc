/**
 * The benchmarks' statistics, one definition each: a percentile (nearest rank), a median, the summary
 * of timed samples (median, p95, max) and the latency summary of a load run (median, p99).
 */

/** Nearest-rank percentile (q in 0..1) of ascending samples; NaN when there are none. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export interface Stats {
  readonly samples: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
}

/** The median of values in any order: the middle one, or the mean of the middle two of an even count; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Timed samples of one operation: the median, p95 and max. */
export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] as number,
  };
}

export interface LatencyStats {
  readonly samples: number;
  readonly median: number;
  readonly p99: number;
}

/** Latencies of a load run: nearest-rank median and p99. */
export function latencyStats(latencies: readonly number[]): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { samples: sorted.length, median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}
