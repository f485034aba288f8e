/** Min-heap of record ids keyed by a score bound; ties pop the lower id first, as fuse.js sorts. */
export class BoundHeap {
  private keys: number[] = [];
  private ids: number[] = [];

  get size(): number {
    return this.ids.length;
  }

  /** Smallest key; only call when `size > 0`. */
  peekKey(): number {
    return this.keys[0]!;
  }

  push(key: number, id: number): void {
    const { keys, ids } = this;
    let i = ids.length;
    keys.push(key);
    ids.push(id);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the id with the smallest key; only call when `size > 0`. */
  pop(): number {
    const { keys, ids } = this;
    const top = ids[0]!;
    const lastKey = keys.pop()!;
    const lastId = ids.pop()!;
    if (ids.length > 0) {
      keys[0] = lastKey;
      ids[0] = lastId;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < ids.length && this.less(l, m)) m = l;
        if (r < ids.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.ids[a]! < this.ids[b]!);
  }

  private swap(a: number, b: number): void {
    const { keys, ids } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [ids[a], ids[b]] = [ids[b]!, ids[a]!];
  }
}
