/**
 * The best `size` items of a stream under a total order, without sorting the whole stream: what a
 * full sort followed by `slice(0, size)` gives, in O(n) for the common case where few items beat the
 * current worst.
 */
export class TopRanked<T> {
  private readonly kept: T[] = [];

  /** `rank(a, b)` < 0 when `a` comes first; it must never answer 0 for two different items. */
  constructor(
    private readonly size: number,
    private readonly rank: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const { kept, size, rank } = this;
    if (size <= 0 || (kept.length === size && rank(item, kept[size - 1] as T) >= 0)) return;
    let at = kept.length;
    while (at > 0 && rank(item, kept[at - 1] as T) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > size) kept.pop();
  }

  /** The item an offer must beat to be kept, once `size` items are kept; undefined until then. */
  worstKept(): T | undefined {
    return this.kept.length === this.size ? this.kept[this.size - 1] : undefined;
  }

  /** The kept items, best first. */
  items(): T[] {
    return [...this.kept];
  }
}
