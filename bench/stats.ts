/**
 * The benchmarks' statistics, one definition each: a percentile (nearest rank), the summary of timed
 * samples (median, p95, max) and the latency summary of a load run (median, p99).
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

/** Timed samples of one operation: the median (the mean of the middle two of an even count), p95 and max. */
export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(middle)] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    samples: sorted.length,
    median,
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
