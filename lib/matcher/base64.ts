/**
 * Integer tables ⇄ strings of base64 digits, without Buffer or atob so it
 * runs the same in Node, pages and workers. Compiled matcher tables travel
 * as strings because JSON.parse reads one long string far faster than a
 * million-number array.
 *
 * Each table has its own width: the fewest base64 digits (6 bits each) that
 * hold its largest value, read as unsigned 32-bit. The string is that width
 * as one digit, then every value in that many digits, most significant
 * first. Entity, node and parent tables fit 3 digits at 100,000 aliases and
 * flags 2, against 5⅓ for bytes in standard base64; decoding writes each
 * value straight into the table, with no byte array in between.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
/** Widest table: 6 digits hold 36 bits. */
const MAX_WIDTH = 6;

/**
 * Digit pair (each character < 128) → its 12 bits, or -1 if either is not a
 * base64 digit: half the table reads of one lookup per character.
 */
const PAIR = new Int16Array(128 * 128).fill(-1);
for (let a = 0; a < 64; a++) {
  for (let b = 0; b < 64; b++) {
    PAIR[(ALPHABET.charCodeAt(a) << 7) | ALPHABET.charCodeAt(b)] = (a << 6) | b;
  }
}

const ASCII = new TextDecoder();

/** Alphabet codes by digit value. */
const ENCODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

/** Encodes `values` (as unsigned 32-bit) at the width of the largest. */
export function encodeInts(values: Int32Array | number[]): string {
  const n = values.length;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, values[i]! >>> 0);
  let width = 1;
  while (width < MAX_WIDTH && max >= 2 ** (6 * width)) width++;
  const chars = new Uint8Array(1 + n * width);
  chars[0] = ENCODE[width]!;
  let o = 1;
  // The common widths unrolled (the build encodes a million values); six
  // digits shift by at most 30, so every digit comes from a 32-bit shift.
  if (width === 3) {
    for (let i = 0; i < n; i++, o += 3) {
      const v = values[i]!;
      chars[o] = ENCODE[(v >>> 12) & 63]!;
      chars[o + 1] = ENCODE[(v >>> 6) & 63]!;
      chars[o + 2] = ENCODE[v & 63]!;
    }
  } else if (width === 6) {
    for (let i = 0; i < n; i++, o += 6) {
      const v = values[i]!;
      chars[o] = ENCODE[(v >>> 30) & 63]!;
      chars[o + 1] = ENCODE[(v >>> 24) & 63]!;
      chars[o + 2] = ENCODE[(v >>> 18) & 63]!;
      chars[o + 3] = ENCODE[(v >>> 12) & 63]!;
      chars[o + 4] = ENCODE[(v >>> 6) & 63]!;
      chars[o + 5] = ENCODE[v & 63]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      for (let shift = 6 * (width - 1); shift >= 0; shift -= 6) {
        chars[o++] = ENCODE[(v >>> shift) & 63]!;
      }
    }
  }
  // Digits are ASCII, which UTF-8 decodes unchanged, natively.
  return ASCII.decode(chars);
}

/** Decodes a string made by {@link encodeInts}; throws on malformed input. */
export function decodeInts(text: string): Int32Array {
  if (typeof text !== 'string' || text.length === 0)
    throw new Error('table: empty or not a string');
  const width = DIGIT[text.charCodeAt(0) & 127]!;
  if (width < 1 || width > MAX_WIDTH || text.charCodeAt(0) > 127) {
    throw new Error('table: bad width digit');
  }
  if ((text.length - 1) % width !== 0) throw new Error('table: not a whole number of values');
  const out = new Int32Array((text.length - 1) / width);
  // One loop per width: the common widths then decode with pair lookups
  // only. `bad` collects the -1 of any non-digit, `high` any character
  // past ASCII (the lookups mask it away).
  let bad = 0;
  let high = 0;
  let i = 1;
  const n = out.length;
  if (width === 2) {
    for (let v = 0; v < n; v++, i += 2) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      high |= a | b;
      const x = PAIR[((a << 7) | b) & 0x3fff]!;
      bad |= x;
      out[v] = x;
    }
  } else if (width === 3) {
    for (let v = 0; v < n; v++, i += 3) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      const c = text.charCodeAt(i + 2);
      high |= a | b | c;
      const x = PAIR[((a << 7) | b) & 0x3fff]!;
      const y = DIGIT[c & 127]!;
      bad |= x | y;
      out[v] = (x << 6) | y;
    }
  } else if (width === 6) {
    for (let v = 0; v < n; v++, i += 6) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      const c = text.charCodeAt(i + 2);
      const d = text.charCodeAt(i + 3);
      const e = text.charCodeAt(i + 4);
      const f = text.charCodeAt(i + 5);
      high |= a | b | c | d | e | f;
      const x = PAIR[((a << 7) | b) & 0x3fff]!;
      const y = PAIR[((c << 7) | d) & 0x3fff]!;
      const z = PAIR[((e << 7) | f) & 0x3fff]!;
      // 36 bits: the top 4 must be 0.
      bad |= x | y | z | -(x >>> 8);
      out[v] = (x << 24) | (y << 12) | z;
    }
  } else {
    for (let v = 0; v < n; v++) {
      let x = 0;
      for (let d = 0; d < width; d++, i++) {
        const c = text.charCodeAt(i);
        high |= c;
        const digit = DIGIT[c & 127]!;
        bad |= digit;
        x = (x << 6) | digit;
      }
      out[v] = x;
    }
  }
  if (bad < 0 || high > 127) throw new Error('table: invalid character');
  return out;
}
