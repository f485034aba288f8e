/**
 * A set of small non-negative integers (alias indexes) for one call: a
 * flag per possible member, so a lookup is one byte read where a `Set` hashed
 * the number, for every candidate of the page. Emptied in time proportional
 * to its size.
 */
import { IntBuffer } from './int-buffer';

export class IndexSet {
  private flags = new Uint8Array(0);
  private readonly members = new IntBuffer();

  /** Empties the set, for members below `size`. */
  reset(size: number): this {
    if (this.flags.length < size) this.flags = new Uint8Array(size);
    else {
      const members = this.members.view();
      for (let i = 0; i < members.length; i++) this.flags[members[i]!] = 0;
    }
    this.members.clear();
    return this;
  }

  has(i: number): boolean {
    return this.flags[i] === 1;
  }

  add(i: number): void {
    if (this.flags[i] === 1) return;
    this.flags[i] = 1;
    this.members.push1(i);
  }
}
