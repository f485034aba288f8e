/**
 * A growable list of int32 tuples. Multi-argument `Array.prototype.push` on
 * plain arrays was the single largest cost of resolving 70,000 candidates;
 * writes into a typed array are a few instructions each.
 */
export class IntBuffer {
  data: Int32Array;
  length = 0;

  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(8, capacity));
  }

  /** Empties the buffer for reuse, with room for `capacity` values. */
  clear(capacity = 0): this {
    this.length = 0;
    if (capacity > this.data.length) this.data = new Int32Array(capacity);
    return this;
  }

  /** Makes room for `n` more values. */
  reserve(n: number): Int32Array {
    if (this.length + n > this.data.length) {
      const bigger = new Int32Array(Math.max(this.data.length * 2, this.length + n));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    return this.data;
  }

  push1(a: number): void {
    const d = this.reserve(1);
    d[this.length++] = a;
  }

  push2(a: number, b: number): void {
    const d = this.reserve(2);
    const n = this.length;
    d[n] = a;
    d[n + 1] = b;
    this.length = n + 2;
  }

  push3(a: number, b: number, c: number): void {
    const d = this.reserve(3);
    const n = this.length;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    this.length = n + 3;
  }

  push5(a: number, b: number, c: number, e: number, f: number): void {
    const d = this.reserve(5);
    const n = this.length;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    d[n + 3] = e;
    d[n + 4] = f;
    this.length = n + 5;
  }

  push6(a: number, b: number, c: number, e: number, f: number, g: number): void {
    const d = this.reserve(6);
    const n = this.length;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    d[n + 3] = e;
    d[n + 4] = f;
    d[n + 5] = g;
    this.length = n + 6;
  }

  push7(a: number, b: number, c: number, e: number, f: number, g: number, h: number): void {
    const d = this.reserve(7);
    const n = this.length;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    d[n + 3] = e;
    d[n + 4] = f;
    d[n + 5] = g;
    d[n + 6] = h;
    this.length = n + 7;
  }

  push8(
    a: number,
    b: number,
    c: number,
    e: number,
    f: number,
    g: number,
    h: number,
    k: number,
  ): void {
    const d = this.reserve(8);
    const n = this.length;
    d[n] = a;
    d[n + 1] = b;
    d[n + 2] = c;
    d[n + 3] = e;
    d[n + 4] = f;
    d[n + 5] = g;
    d[n + 6] = h;
    d[n + 7] = k;
    this.length = n + 8;
  }

  /** The values written so far (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
