/**
 * Lists of integers numbered 0..n-1, packed into one typed array: list k is items[starts[k] ..
 * starts[k + 1]). A hundred thousand roles' lists take two arrays instead of a hundred thousand, which
 * costs the garbage collector nothing to walk and reads in order.
 */
export class PackedLists {
  private constructor(
    readonly starts: Int32Array,
    readonly items: Int32Array,
  ) {}

  /** Lists already packed: list k is items[starts[k] .. starts[k + 1]). */
  static of(starts: Int32Array, items: Int32Array): PackedLists {
    return new PackedLists(starts, items);
  }

  /** Lists filled by `produce`, which must add the same items both times it is called: to count, then to fill. */
  static collect(
    listCount: number,
    produce: (add: (list: number, item: number) => void) => void,
  ): PackedLists {
    const sizes = new Int32Array(listCount);
    produce((list) => (sizes[list] = (sizes[list] as number) + 1));
    const builder = PackedLists.withSizes(sizes);
    produce(builder.add);
    return builder.lists;
  }

  /** Lists of the given sizes, to be filled by `add` in each list's order. */
  static withSizes(sizes: ArrayLike<number>): { lists: PackedLists; add(list: number, item: number): void } {
    const starts = new Int32Array(sizes.length + 1);
    for (let k = 0; k < sizes.length; k++) starts[k + 1] = (starts[k] as number) + (sizes[k] as number);
    const lists = new PackedLists(starts, new Int32Array(starts[sizes.length] as number));
    const next = starts.slice(0, sizes.length);
    return {
      lists,
      add(list: number, item: number) {
        const at = next[list] as number;
        if (at >= (starts[list + 1] as number)) throw new RangeError(`list ${list} is full`);
        lists.items[at] = item;
        next[list] = at + 1;
      },
    };
  }

  sizeOf(list: number): number {
    return (this.starts[list + 1] as number) - (this.starts[list] as number);
  }

  /** Calls `each` once with the list's bounds in `items`: a loop over them allocates nothing. */
  forEach(list: number, each: (items: Int32Array, from: number, to: number) => void): void {
    each(this.items, this.starts[list] as number, this.starts[list + 1] as number);
  }
}
