/**
 * Which bearer of a surname a bare mention of it belongs to, when the page
 * names someone else with the same surname (see `NamesakeSweep.nearer`).
 * The final pick asks in page order, so one sweep answers every question in
 * constant time: the latest namesake and the latest full name so far are
 * kept per alias and per entity as the pick passes them. Nothing is built
 * on pages without a namesake, and nothing per question: on a dense page
 * (the bench's 4 MB of synthetic news has thousands of "namesakes") maps and
 * sorted lists per name cost more than the rest of the pick.
 */
import type { IntBuffer } from './int-buffer';

/** Reusable per-entity slots (see {@link NamesakeSweep}). */
export class NamesakeSlots {
  private surnameSlots = new Int32Array(0);
  private entitySlots = new Int32Array(0);
  private surnameBits = new Uint8Array(0);

  /** Two ints per entity twice, all -1, and a bit per entity, all 0. */
  take(entities: number): [Int32Array, Int32Array, Uint8Array] {
    if (this.surnameSlots.length < entities * 2) this.surnameSlots = new Int32Array(entities * 2);
    if (this.entitySlots.length < entities * 2) this.entitySlots = new Int32Array(entities * 2);
    const bytes = (entities >> 3) + 1;
    if (this.surnameBits.length < bytes) this.surnameBits = new Uint8Array(bytes);
    return [
      this.surnameSlots.subarray(0, entities * 2).fill(-1),
      this.entitySlots.subarray(0, entities * 2).fill(-1),
      this.surnameBits.subarray(0, bytes).fill(0),
    ];
  }
}

/**
 * One call's answers to "whose is this bare surname?", asked by the final
 * pick in page order (see {@link NamesakeSweep.nearer}).
 */
export class NamesakeSweep {
  /**
   * Entity e → [2e] the start of the first namesake of its surname, [2e + 1]
   * of the latest passed so far: side by side, so a question reads one
   * cache line. Per entity, not per alias: "Никита Песков" is a namesake
   * of "Пескову" too, and "Anna Putin" of "Путин".
   */
  private readonly surnameState: Int32Array;
  /** Entity e → [2e] the start of its first full name, [2e + 1] the end of its latest one passed. */
  private readonly entityState: Int32Array;
  /**
   * A bit per entity whose surname has a namesake on the page: most
   * questions end there, in an array small enough to stay in cache (the
   * state arrays span every entity of the KB).
   */
  private readonly hasNamesakeBits: Uint8Array;
  /** Next (alias, start, end) of `namesakes` not yet passed. */
  private next = 0;

  /**
   * `namesakes`: (alias, start, end) of the surnames judged someone else's,
   * in page order. `fullNames`: (entity, start) of the page's full names
   * that count on their own, in any order. `aliasEntity`: each alias's
   * entity. `slots` lends the arrays.
   */
  constructor(
    private readonly namesakes: IntBuffer,
    fullNames: IntBuffer,
    private readonly aliasEntity: Int32Array,
    entityCount: number,
    slots: NamesakeSlots,
  ) {
    [this.surnameState, this.entityState, this.hasNamesakeBits] = slots.take(entityCount);
    const list = namesakes.data;
    for (let k = namesakes.length - 3; k >= 0; k -= 3) {
      const e = aliasEntity[list[k]!]!;
      this.surnameState[e * 2] = list[k + 1]!;
      this.hasNamesakeBits[e >> 3]! |= 1 << (e & 7);
    }
    const full = fullNames.data;
    for (let k = 0; k < fullNames.length; k += 2) {
      const first = this.entityState[full[k]! * 2]!;
      if (first < 0 || full[k + 1]! < first) this.entityState[full[k]! * 2] = full[k + 1]!;
    }
  }

  /** True if the page has a namesake of entity `e`'s surname. */
  hasNamesake(e: number): boolean {
    return (this.hasNamesakeBits[e >> 3]! & (1 << (e & 7))) !== 0;
  }

  /** The pick has passed a full name of entity `e` ending at `end`. */
  passFullName(e: number, end: number): void {
    this.entityState[e * 2 + 1] = end;
  }

  /**
   * True if a bare mention at `start` of a surname of entity `e`
   * belongs to someone else: the surname was last judged someone else's
   * after the entity's last full name before it ("Prof. Marina Peskov …
   * Peskov's project"; "Dr. Leyla Akar … AKAR: Thank you"), or, before any
   * full name of either, the bearer named first after it is someone else
   * ("Peskov family from Tula" above "Ivan Grigorievich Peskov"). Not when
   * that bearer is a relative introduced as one (`isRelative(start of the
   * namesake)`, asked only of the namesake that decides: "first lady Emine
   * Erdogan … Erdogan"). Asked with `start` not decreasing, after every
   * full name ending before it passed.
   */
  nearer(e: number, start: number, isRelative: (start: number) => boolean): boolean {
    // No namesake on the page for this surname: the common question.
    if (!this.hasNamesake(e)) return false;
    const list = this.namesakes.data;
    const surname = this.surnameState;
    while (this.next < this.namesakes.length && list[this.next + 1]! < start) {
      surname[this.aliasEntity[list[this.next]!]! * 2 + 1] = list[this.next + 1]!;
      this.next += 3;
    }
    const first = surname[e * 2]!;
    const last = surname[e * 2 + 1]!;
    const fullEnd = this.entityState[e * 2 + 1]!;
    if (fullEnd >= 0) return last >= 0 && fullEnd < last && !isRelative(last);
    if (last >= 0) return !isRelative(last);
    if (first <= start) return false;
    const full = this.entityState[e * 2]!;
    return !(full >= 0 && full < first) && !isRelative(first);
  }
}
