/**
 * Int32Array ⇄ base64, without Buffer or atob so it runs the same in Node,
 * pages and workers. Compiled matcher tables travel as base64 strings because
 * JSON.parse reads one long string far faster than a million-number array.
 * Byte order is little-endian, whatever the host.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ENCODE = new Uint8Array(64);
const DECODE = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i);
  DECODE[ALPHABET.charCodeAt(i)] = i;
}
const LITTLE_ENDIAN = new Uint8Array(new Int32Array([1]).buffer)[0] === 1;

function bytesOf(values: Int32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  if (LITTLE_ENDIAN) {
    bytes.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
    return bytes;
  }
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setInt32(i * 4, values[i]!, true);
  return bytes;
}

/** Encodes `values` as base64 (little-endian int32). */
export function encodeInt32(values: Int32Array | number[]): string {
  const bytes = bytesOf(values instanceof Int32Array ? values : Int32Array.from(values));
  const n = bytes.length;
  const chars = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chars[o++] = ENCODE[v >>> 18]!;
    chars[o++] = ENCODE[(v >>> 12) & 63]!;
    chars[o++] = ENCODE[(v >>> 6) & 63]!;
    chars[o++] = ENCODE[v & 63]!;
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | (i + 1 < n ? bytes[i + 1]! << 8 : 0);
    chars[o++] = ENCODE[v >>> 18]!;
    chars[o++] = ENCODE[(v >>> 12) & 63]!;
    chars[o++] = i + 1 < n ? ENCODE[(v >>> 6) & 63]! : 61;
    chars[o] = 61;
  }
  let s = '';
  for (let c = 0; c < chars.length; c += 8192) {
    s += String.fromCharCode.apply(null, chars.subarray(c, c + 8192) as unknown as number[]);
  }
  return s;
}

/**
 * Base64 character pair (each < 128) → its 12 bits, or -1 if either is not
 * a base64 digit: half the table reads of one lookup per character.
 */
const DECODE_PAIR = new Int16Array(128 * 128).fill(-1);
for (let a = 0; a < 64; a++) {
  for (let b = 0; b < 64; b++) {
    DECODE_PAIR[(ALPHABET.charCodeAt(a) << 7) | ALPHABET.charCodeAt(b)] = (a << 6) | b;
  }
}

/** Decodes a string made by {@link encodeInt32}; throws on malformed input. */
export function decodeInt32(text: string): Int32Array {
  if (typeof text !== 'string' || text.length % 4 !== 0) {
    throw new Error('base64: not a string of whole 4-character groups');
  }
  let pad = 0;
  if (text.endsWith('==')) pad = 2;
  else if (text.endsWith('=')) pad = 1;
  const byteLength = (text.length / 4) * 3 - pad;
  if (byteLength % 4 !== 0) throw new Error('base64: not a whole number of int32 values');
  const bytes = new Uint8Array(byteLength + 2);
  // Whole groups without padding through the pair table; the last group (which
  // may hold "=") one character at a time.
  const full = pad > 0 ? text.length - 4 : text.length;
  let o = 0;
  let bad = 0;
  let high = 0;
  for (let i = 0; i < full; i += 4) {
    const ca = text.charCodeAt(i);
    const cb = text.charCodeAt(i + 1);
    const cc = text.charCodeAt(i + 2);
    const cd = text.charCodeAt(i + 3);
    high |= ca | cb | cc | cd;
    const x = DECODE_PAIR[((ca << 7) | cb) & 0x3fff]!;
    const y = DECODE_PAIR[((cc << 7) | cd) & 0x3fff]!;
    bad |= x | y;
    const v = (x << 12) | (y & 0xfff);
    bytes[o++] = v >>> 16;
    bytes[o++] = (v >>> 8) & 255;
    bytes[o++] = v & 255;
  }
  if (full < text.length) {
    const ca = text.charCodeAt(full);
    const cb = text.charCodeAt(full + 1);
    const cc = text.charCodeAt(full + 2);
    const cd = text.charCodeAt(full + 3);
    high |= ca | cb | cc | cd;
    const a = DECODE[ca & 255]!;
    const b = DECODE[cb & 255]!;
    const c = DECODE[cc & 255]!;
    const d = DECODE[cd & 255]!;
    bad |= a | b;
    // "=" only where padding is: "xx==" or "xxx=".
    if (pad === 1) bad |= c;
    const v = (a << 18) | (b << 12) | ((c & 63) << 6) | (d & 63);
    bytes[o++] = v >>> 16;
    bytes[o++] = (v >>> 8) & 255;
    bytes[o] = v & 255;
  }
  if (bad < 0 || high > 127) throw new Error('base64: invalid character');
  if (LITTLE_ENDIAN) return new Int32Array(bytes.buffer, 0, byteLength / 4);
  const view = new DataView(bytes.buffer);
  const out = new Int32Array(byteLength / 4);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt32(i * 4, true);
  return out;
}
