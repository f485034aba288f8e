/**
 * Turns compiled matcher JSON into the runtime tables the scanner reads.
 * Linear in the data size, no string work per alias or entity (ids are cut
 * from one string when a mention needs them): about 20 ms at 100,000 aliases
 * once this code is optimised, but several times that in a fresh page, where
 * its loops start in V8's slow tiers. That is why the extension ships the
 * tables packed (./packed.ts).
 */
import { decodeInts } from './base64';
import { AliasFlag, ID_END, KEY_END, type CompiledMatcher } from './compiled';
import { EdgeTable, NodeInfo } from './edge-table';

// Module copies of imported bindings, read inside loops over every alias and
// edge (see ./scan.ts for why).
const HAS_KIDS = NodeInfo.HasKids;
const TERMINAL = NodeInfo.Terminal;

/** Runtime matcher tables. */
export interface MatcherTables {
  /** Number of entities. */
  entityCount: number;
  /** Entity ids, each followed by "\n"; id e is entityIdText[entityIdStart[e], entityIdStart[e + 1] - 1). */
  entityIdText: string;
  entityIdStart: Int32Array;
  /** Ids already cut from `entityIdText`. */
  entityIdCache: (string | undefined)[];
  aliasEntity: Int32Array;
  aliasFlags: Int32Array;
  /**
   * Alias records in trie-node order, {@link REC_SIZE} ints each: what the
   * resolver needs per candidate alias in one place (one cache line, not
   * five tables). A terminal edge's slot info points at its node's first
   * record; {@link REC_LAST} marks the node's last.
   */
  records: Int32Array;
  edges: EdgeTable;
  aliasKeys: string;
  /** Alias a's key is aliasKeys[keyStart[a], keyStart[a + 1] - 1). */
  keyStart: Int32Array;
  /**
   * Entity → its aliases: entity e's are entityAliases.list[start[e], start[e + 1]).
   * Built at load (one counting pass), so no call pays for it.
   */
  entityAliases: { start: Int32Array; list: Int32Array };
  caseKeys: Record<string, string>;
  notBefore: Record<string, string[][]>;
  notAfter: Record<string, string[][]>;
  /** Per alias with a `notBefore` list: see {@link QualifierHint}. */
  notBeforeHint: Record<string, QualifierHint>;
  /** Per alias with a `notAfter` list: see {@link QualifierHint}. */
  notAfterHint: Record<string, QualifierHint>;
  related: Record<string, number[]>;
}

/**
 * What the qualifier rules can tell from one character: a list of word lists
 * matches only if the nearest word ends (notBefore) or starts (notAfter)
 * with one of `edge`, so most candidates are cleared without building words.
 */
export interface QualifierHint {
  /** Longest list, in words. */
  maxLen: number;
  /** Folded last letters of each list's last word (notBefore) or first letters of its first word (notAfter); null: no shortcut (an empty list or word). */
  edge: string | null;
}

/** Record fields: alias index, entity index, key start, key length, bits. */
export const REC_ALIAS = 0;
export const REC_ENTITY = 1;
export const REC_KEY = 2;
export const REC_KEY_LENGTH = 3;
export const REC_BITS = 4;
export const REC_SIZE = 5;
/** Record bits: the alias's flags in the low 16 bits, then these. */
export const REC_RULES = 1 << 16;
/** Last record of its node. */
export const REC_LAST = 1 << 17;
/** Slot info bits below the record offset (see ./edge-table.ts NodeInfo). */
export const INFO_SHIFT = 2;

/** Flags that need the full local rules; other aliases only need the case check. */
const RULE_FLAGS =
  AliasFlag.CaseSensitive |
  AliasFlag.Surname |
  AliasFlag.GivenName |
  AliasFlag.CommonWord |
  AliasFlag.Place |
  AliasFlag.LowerCase;

/** Thrown by `loadMatcher` for data that is not a compiled matcher of this version. */
export class CompiledMatcherError extends Error {
  override name = 'CompiledMatcherError';
}

function fail(message: string): never {
  throw new CompiledMatcherError(`Invalid compiled matcher: ${message}`);
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}
// Inside loops over every alias and edge, conditions are tested inline and
// `fail` is called only on error: at page start this code runs cold, where
// a call (and its message argument) per element costs more than the loop.

/** Id of entity `e`. */
export function entityIdOf(t: MatcherTables, e: number): string {
  return (t.entityIdCache[e] ??= t.entityIdText.slice(
    t.entityIdStart[e],
    t.entityIdStart[e + 1]! - 1,
  ));
}

/** Decodes an integer table, failing with this module's error. */
function table(text: string, what: string): Int32Array {
  try {
    return decodeInts(text);
  } catch (e) {
    fail(`${what}: ${(e as Error).message}`);
  }
}

/** Offsets of `count` or any number (-1) of `end`-terminated items in `text`, plus the end. */
function itemStarts(text: string, end: string, count: number, what: string): Int32Array {
  if (count < 0) {
    count = 0;
    for (let p = text.indexOf(end); p >= 0; p = text.indexOf(end, p + 1)) count++;
  }
  const start = new Int32Array(count + 1);
  let p = 0;
  for (let i = 0; i < count; i++) {
    start[i] = p;
    p = text.indexOf(end, p) + 1;
    if (p === 0) fail(`${what} has too few items`);
  }
  check(p === text.length, `${what} does not end with its separator`);
  start[count] = p;
  return start;
}

export function hintsOf(
  table: Record<string, string[][]>,
  after: boolean,
): Record<string, QualifierHint> {
  const out: Record<string, QualifierHint> = {};
  for (const key of Object.keys(table)) {
    const lists = table[key];
    // Malformed lists get no hint: the rules then take their general path.
    if (!Array.isArray(lists)) continue;
    let maxLen = 0;
    let edge: string | null = '';
    for (const list of lists) {
      maxLen = Math.max(maxLen, list.length);
      const word: unknown = Array.isArray(list) ? list[after ? 0 : list.length - 1] : undefined;
      if (edge !== null && typeof word === 'string' && word.length > 0) {
        edge += after ? word[0]! : word[word.length - 1]!;
      } else edge = null;
    }
    out[key] = { maxLen, edge };
  }
  return out;
}

function indexEntities(
  aliasEntity: Int32Array,
  entityCount: number,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(entityCount + 1);
  for (let a = 0; a < aliasEntity.length; a++) start[aliasEntity[a]! + 1]!++;
  for (let e = 0; e < entityCount; e++) start[e + 1]! += start[e]!;
  const fill = start.slice(0, entityCount);
  const list = new Int32Array(aliasEntity.length);
  for (let a = 0; a < aliasEntity.length; a++) list[fill[aliasEntity[a]!]!++] = a;
  return { start, list };
}

/** Decodes and indexes compiled data; throws {@link CompiledMatcherError} if it is malformed. */
export function loadTables(data: CompiledMatcher): MatcherTables {
  check(typeof data === 'object' && data !== null, 'not an object');
  const version = (data as { formatVersion?: unknown }).formatVersion;
  check(version === 3, `unsupported formatVersion ${String(version)}`);
  check(typeof data.entityIds === 'string', 'entityIds is not a string');
  const entityIdText = data.entityIds;
  const entityIdStart = itemStarts(entityIdText, ID_END, -1, 'entityIds');
  const entityCount = entityIdStart.length - 1;

  const aliasEntity = table(data.aliasEntity, 'aliasEntity');
  const aliasFlags = table(data.aliasFlags, 'aliasFlags');
  const aliasNode = table(data.aliasNode, 'aliasNode');
  const edgeParent = table(data.edgeParent, 'edgeParent');
  const edgeHash = table(data.edgeHash, 'edgeHash');
  const aliasCount = aliasEntity.length;
  check(aliasCount <= 100_000_000, 'too many aliases');
  check(aliasCount === data.aliasCount, 'aliasCount mismatch');
  check(aliasFlags.length === aliasCount && aliasNode.length === aliasCount, 'alias tables differ');
  const edgeCount = edgeParent.length;
  check(edgeHash.length === edgeCount, 'edge tables differ');
  const nodeCount = edgeCount + 1;

  // Node info first (children, ending aliases, first record), so each edge
  // is inserted once, complete.
  const info = new Int32Array(nodeCount);
  for (let i = 0; i < edgeCount; i++) {
    const p = edgeParent[i]!;
    if (p < 0 || p > i) fail('edge parent out of range');
    info[p]! |= HAS_KIDS;
  }
  // Records: a counting sort of aliases by end node. `next[n]` starts as
  // node n's first record and ends as node n + 1's.
  const next = new Int32Array(nodeCount + 1);
  for (let a = 0; a < aliasCount; a++) {
    const n = aliasNode[a]!;
    if (n <= 0 || n >= nodeCount) fail('alias node out of range');
    const e = aliasEntity[a]!;
    if (e < 0 || e >= entityCount) fail('alias entity out of range');
    next[n + 1]!++;
    info[n]! |= TERMINAL;
  }
  for (let n = 0; n < nodeCount; n++) {
    next[n + 1]! += next[n]!;
    info[n]! |= (next[n]! * REC_SIZE) << INFO_SHIFT;
  }
  const edges = new EdgeTable(edgeCount);
  edges.addAll(edgeParent, edgeHash, info);

  check(typeof data.aliasKeys === 'string', 'aliasKeys is not a string');
  const keyStart = itemStarts(data.aliasKeys, KEY_END, aliasCount, 'aliasKeys');

  const notBefore = data.notBefore ?? {};
  const notAfter = data.notAfter ?? {};
  const aliasRules = new Uint8Array(aliasCount);
  for (let a = 0; a < aliasCount; a++) if ((aliasFlags[a]! & RULE_FLAGS) !== 0) aliasRules[a] = 1;
  for (const table of [notBefore, notAfter]) {
    for (const key of Object.keys(table)) {
      const a = Number(key);
      if (a >= 0 && a < aliasCount) aliasRules[a] = 1;
    }
  }

  const records = new Int32Array(aliasCount * REC_SIZE);
  for (let a = 0; a < aliasCount; a++) {
    const r = next[aliasNode[a]!]!++ * REC_SIZE;
    records[r + REC_ALIAS] = a;
    records[r + REC_ENTITY] = aliasEntity[a]!;
    records[r + REC_KEY] = keyStart[a]!;
    records[r + REC_KEY_LENGTH] = keyStart[a + 1]! - 1 - keyStart[a]!;
    records[r + REC_BITS] = (aliasFlags[a]! & 0xffff) | (aliasRules[a] === 1 ? REC_RULES : 0);
  }
  for (let n = 1; n < nodeCount; n++) {
    // Now next[n] is one past node n's last record.
    if ((info[n]! & TERMINAL) !== 0) {
      records[(next[n]! - 1) * REC_SIZE + REC_BITS]! |= REC_LAST;
    }
  }
  return {
    entityCount,
    entityIdText,
    entityIdStart,
    entityIdCache: new Array<string | undefined>(entityCount),
    aliasEntity,
    aliasFlags,
    records,
    edges,
    aliasKeys: data.aliasKeys,
    keyStart,
    entityAliases: indexEntities(aliasEntity, entityCount),
    caseKeys: data.caseKeys ?? {},
    notBefore,
    notAfter,
    notBeforeHint: hintsOf(notBefore, false),
    notAfterHint: hintsOf(notAfter, true),
    related: data.related ?? {},
  };
}
