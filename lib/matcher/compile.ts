/**
 * Build-time compilation of alias tables into a unit trie (see ./units.ts),
 * serialised as plain JSON (see ./compiled.ts). One pass per alias writing
 * into typed arrays, no string or object per alias: 100,000 aliases compile
 * in well under 150 ms.
 */
import * as fold from '../text/fold';
import type { AliasEntry } from './types';
import { encodeInts } from './base64';
import { AliasFlag, ID_END, KEY_END, type CompiledMatcher } from './compiled';
import { EdgeTable } from './edge-table';
import * as units from './units';

/** Options for {@link compileMatcher}. */
export interface CompileOptions {
  /**
   * Entity id → ids of entities the KB relates it to. A `context` alias also
   * counts when a related entity is mentioned through an `alone` alias on the
   * same page. Treated as symmetric; unknown ids are ignored.
   */
  related?: Record<string, string[]>;
}

const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const UPPER = fold.upperTable;
const LOWER = fold.lowerTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const IGNORABLE = fold.CharClass.Ignorable;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const FNV_OFFSET = units.FNV_OFFSET;
const FNV_PRIME = units.FNV_PRIME;
const PUNCT_SEED = units.PUNCT_SEED;
const KEY_END_CODE = KEY_END.charCodeAt(0);

const MAX_UNITS = 64;
const hashBuf = new Int32Array(MAX_UNITS);
/** What {@link scanAlias} found besides the hashes (see the S_ indexes). */
const scanned = new Int32Array(7);
/** Units (words and punctuation). */
const S_COUNT = 0;
/** Word units. */
const S_WORDS = 1;
/** End of the first word and start of the last word, relative to the key start. */
const S_FIRST_END = 2;
const S_LAST_START = 3;
const S_HAS_UPPER = 4;
/** A line break between units: the alias is dropped. */
const S_BROKEN = 5;
/** A capital right after a lower-case letter in a word (see AliasFlag.InnerUpper). */
const S_INNER_UPPER = 6;

/**
 * Splits an alias into units (same rules as `unitsOf`): hashes into
 * `hashBuf`, the canonical key ("hulusi akar", "al - assad") written to
 * `key` from `at`, facts into `scanned`; returns the key's end. Leading
 * punctuation is dropped: a name never starts with it. `key` has room for
 * 2 × text.length code units.
 */
function scanAlias(text: string, key: Uint16Array, at: number): number {
  let o = at;
  let count = 0;
  let words = 0;
  let firstEnd = -1;
  let lastStart = 0;
  let hasUpper = 0;
  let innerUpper = 0;
  let afterLower = false;
  let broken = 0;
  let sawBreak = false;
  let inWord = false;
  let h = FNV_OFFSET;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let k: number = SPACE;
    let c = 0;
    if (i < n) {
      c = text.charCodeAt(i);
      k = CLS[c]!;
      if (k === 0) k = classify(c);
      if (k === WORD) {
        if (!inWord) {
          if (count > 0) key[o++] = 32;
          lastStart = o - at;
          inWord = true;
          afterLower = false;
          h = FNV_OFFSET;
        }
        if (UPPER[c] === 1) {
          hasUpper = 1;
          if (afterLower) innerUpper = 1;
        }
        afterLower = LOWER[c] === 1;
        const f = FOLD[c]!;
        key[o++] = f;
        h = Math.imul(h ^ f, FNV_PRIME);
        continue;
      }
      if (k === IGNORABLE) continue;
    }
    if (inWord) {
      inWord = false;
      if (sawBreak) broken = 1;
      if (count < MAX_UNITS) hashBuf[count] = h;
      count++;
      words++;
      if (firstEnd < 0) firstEnd = o - at;
    }
    if (k === SPACE) continue;
    if (k === NEWLINE) {
      if (count > 0) sawBreak = true;
      continue;
    }
    if (count === 0) continue;
    if (sawBreak) broken = 1;
    key[o++] = 32;
    key[o++] = FOLD[c]!;
    if (count < MAX_UNITS) hashBuf[count] = Math.imul(PUNCT_SEED ^ FOLD[c]!, FNV_PRIME);
    count++;
  }
  scanned[S_COUNT] = count;
  scanned[S_WORDS] = words;
  scanned[S_FIRST_END] = firstEnd;
  scanned[S_LAST_START] = lastStart;
  scanned[S_HAS_UPPER] = hasUpper;
  scanned[S_BROKEN] = broken;
  scanned[S_INNER_UPPER] = innerUpper;
  return o;
}

/** True if a[as, ae) and a[bs, be) hold the same code units. */
function sameCodes(a: Uint16Array, as: number, ae: number, bs: number, be: number): boolean {
  if (ae - as !== be - bs) return false;
  for (let i = 0; i < ae - as; i++) if (a[as + i] !== a[bs + i]) return false;
  return true;
}

/** Code units as a string, in chunks (apply has an argument limit). */
function codesToString(codes: Uint16Array, length: number): string {
  let s = '';
  for (let c = 0; c < length; c += 8192) {
    s += String.fromCharCode.apply(
      null,
      codes.subarray(c, Math.min(length, c + 8192)) as unknown as number[],
    );
  }
  return s;
}

function foldList(list: string[] | undefined): string[][] {
  return (list ?? []).map(units.foldedWords).filter((w) => w.length > 0);
}

const KIND_FLAGS: Partial<Record<NonNullable<AliasEntry['kind']>, number>> = {
  surname: AliasFlag.Surname,
  'given-name': AliasFlag.GivenName,
  'common-word': AliasFlag.CommonWord,
  exonym: AliasFlag.Exonym,
};

/**
 * Compiles aliases into matcher data. Aliases with no letter or digit, more
 * than 64 units or a line break inside are dropped; everything else is kept,
 * including one text shared by several entities (the matcher chooses per page).
 * Throws if an entity id contains a line break (KB ids are kebab-case).
 */
export function compileMatcher(
  entries: AliasEntry[],
  options: CompileOptions = {},
): CompiledMatcher {
  const total = entries.length;
  const entityIds: string[] = [];
  const entityIndex = new Map<string, number>();
  const edges = new EdgeTable(total + (total >> 1));
  let edgeParent: Int32Array = new Int32Array(Math.max(16, total * 2));
  let edgeHash: Int32Array = new Int32Array(edgeParent.length);
  let edgeCount = 0;
  const aliasEntity = new Int32Array(total);
  const aliasFlags = new Int32Array(total);
  const aliasNode = new Int32Array(total);
  // All keys, each followed by KEY_END, in one buffer: no string per alias.
  let keys = new Uint16Array(Math.max(64, total * 16));
  let keyEnd = 0;
  /** Start of each kept alias's key in `keys`. */
  const keyAt = new Int32Array(total + 1);
  const caseKeys: Record<string, string> = {};
  const notBefore: Record<string, string[][]> = {};
  const notAfter: Record<string, string[][]> = {};
  // A person's multi-word aliases, chained per entity (first alias, next alias),
  // with their first word's end and last word's start: the name parts that
  // decide whether an undeclared one-word alias is a surname or a given name.
  const personHead = new Int32Array(total).fill(-1);
  const personNext = new Int32Array(total);
  const firstEnd = new Int32Array(total);
  const lastStart = new Int32Array(total);
  /** Person one-word aliases with no declared part. */
  const undeclared: number[] = [];
  let lastId: string | undefined;
  let lastEntity = -1;
  let index = 0;

  for (const entry of entries) {
    const text = entry.text;
    if (keyEnd + text.length * 2 + 2 > keys.length) {
      const bigger = new Uint16Array(Math.max(keys.length * 2, keyEnd + text.length * 2 + 2));
      bigger.set(keys.subarray(0, keyEnd));
      keys = bigger;
    }
    const end = scanAlias(text, keys, keyEnd);
    const count = scanned[S_COUNT]!;
    if (count === 0 || count > MAX_UNITS || scanned[S_BROKEN] === 1) continue;

    let entity = lastEntity;
    if (entry.entityId !== lastId) {
      const id = entry.entityId;
      const known = entityIndex.get(id);
      if (known === undefined) {
        if (id.includes(ID_END))
          throw new Error(`entity id ${JSON.stringify(id)} has a line break`);
        entity = entityIds.length;
        entityIds.push(id);
        entityIndex.set(id, entity);
      } else entity = known;
      lastId = id;
      lastEntity = entity;
    }

    let node = 0;
    for (let u = 0; u < count; u++) {
      const h = hashBuf[u]!;
      let next = edges.get(node, h);
      if (next === 0) {
        if (edgeCount === edgeParent.length) {
          edgeParent = grow(edgeParent);
          edgeHash = grow(edgeHash);
        }
        edgeParent[edgeCount] = node;
        edgeHash[edgeCount] = h;
        next = ++edgeCount;
        edges.add(node, h, next);
      }
      node = next;
    }

    let flags = 0;
    if (entry.match === 'context') flags |= AliasFlag.Context;
    if (entry.caseSensitive) flags |= AliasFlag.CaseSensitive;
    if (entry.aloneAfterArticle) flags |= AliasFlag.AloneAfterArticle;
    if (entry.lowerCase) flags |= AliasFlag.LowerCase;
    if (entry.inflected) flags |= AliasFlag.Inflected;
    if (count === 1) flags |= AliasFlag.SingleWord;
    flags |= scanned[S_HAS_UPPER] === 1 ? AliasFlag.AliasHasUpper : AliasFlag.AliasLower;
    if (scanned[S_INNER_UPPER] === 1) flags |= AliasFlag.InnerUpper;
    if (entry.kind) flags |= KIND_FLAGS[entry.kind] ?? 0;
    if (entry.entityType === 'place') flags |= AliasFlag.Place;

    aliasEntity[index] = entity;
    aliasFlags[index] = flags;
    aliasNode[index] = node;
    keyAt[index] = keyEnd;
    keys[end] = KEY_END_CODE;
    keyEnd = end + 1;

    if (entry.entityType === 'person') {
      if (scanned[S_WORDS]! >= 2) {
        firstEnd[index] = scanned[S_FIRST_END]!;
        lastStart[index] = scanned[S_LAST_START]!;
        personNext[index] = personHead[entity]!;
        personHead[entity] = index;
      } else if (count === 1 && (entry.kind === undefined || entry.kind === 'short')) {
        undeclared.push(index);
      }
    }
    if (entry.caseSensitive) caseKeys[index] = units.caseKeptKey(text);
    if (entry.notBefore) {
      const before = foldList(entry.notBefore);
      if (before.length > 0) notBefore[index] = before;
    }
    if (entry.notAfter) {
      const after = foldList(entry.notAfter);
      if (after.length > 0) notAfter[index] = after;
    }
    index++;
  }
  keyAt[index] = keyEnd;

  // A person's one-word alias with no declared kind that ends one of their
  // longer aliases is a surname ("Erdogan" of "Recep Tayyip Erdogan"); one
  // that starts it, a given name. The namesake checks then apply without
  // every KB author flagging them.
  for (const a of undeclared) {
    const ks = keyAt[a]!;
    const ke = keyAt[a + 1]! - 1;
    let seen = 0;
    for (let m = personHead[aliasEntity[a]!]!; m >= 0; m = personNext[m]!) {
      const ms = keyAt[m]!;
      const me = keyAt[m + 1]! - 1;
      if (sameCodes(keys, ks, ke, ms, ms + firstEnd[m]!)) seen |= 1;
      if (sameCodes(keys, ks, ke, ms + lastStart[m]!, me)) seen |= 2;
    }
    if (seen & 2) aliasFlags[a]! |= AliasFlag.Surname;
    else if (seen & 1) aliasFlags[a]! |= AliasFlag.GivenName;
  }

  const aliasCount = index;
  return {
    formatVersion: 3,
    entityIds: entityIds.length > 0 ? entityIds.join(ID_END) + ID_END : '',
    aliasCount,
    aliasEntity: encodeInts(aliasEntity.subarray(0, aliasCount)),
    aliasFlags: encodeInts(aliasFlags.subarray(0, aliasCount)),
    aliasNode: encodeInts(aliasNode.subarray(0, aliasCount)),
    aliasKeys: codesToString(keys, keyEnd),
    caseKeys,
    notBefore,
    notAfter,
    edgeParent: encodeInts(edgeParent.subarray(0, edgeCount)),
    edgeHash: encodeInts(edgeHash.subarray(0, edgeCount)),
    related: relatedIndexes(options.related ?? {}, entityIndex),
  };
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function relatedIndexes(
  related: Record<string, string[]>,
  entityIndex: Map<string, number>,
): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const link = (a: number, b: number): void => {
    const list = (out[a] ??= []);
    if (!list.includes(b)) list.push(b);
  };
  for (const [from, targets] of Object.entries(related)) {
    const a = entityIndex.get(from);
    if (a === undefined) continue;
    for (const to of targets) {
      const b = entityIndex.get(to);
      if (b === undefined || b === a) continue;
      link(a, b);
      link(b, a);
    }
  }
  for (const list of Object.values(out)) list.sort((x, y) => x - y);
  return out;
}
