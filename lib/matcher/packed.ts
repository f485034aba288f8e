/**
 * The packed matcher: the loaded runtime tables themselves, in one binary
 * buffer, so that loading one is a few views onto it and two native string
 * decodes, with no loop over aliases or edges. The JSON form (./compiled.ts)
 * must be decoded and indexed at load: at 100,000 aliases that is a few
 * million loop iterations, which a fresh page or service worker runs in
 * its slow first tiers.
 *
 * The extension ships its matcher packed (built by `npm run build:kb`, read
 * from the package by the background). The layout is this code's own: a
 * packed matcher is only ever read by the build that wrote it, so it is
 * checked for shape (magic, version, section sizes, the ends of the index
 * tables), not value by value as user-supplied JSON is.
 *
 * Layout, little-endian: HEADER Int32 words (see the `H_` indexes), then the
 * Int32 sections in the order of `intSections`, then three UTF-8 strings:
 * alias keys, entity ids and a JSON text of the small tables (case keys,
 * qualifier lists, related entities).
 */
import { EdgeTable } from './edge-table';
import { hintsOf, loadTables, REC_SIZE, type MatcherTables } from './load';
import type { CompiledMatcher } from './compiled';

/** "BSPM" read as a little-endian Int32. */
const MAGIC = 0x4d505342;
/** Bumped with any change of layout or of the tables' meaning. */
export const PACKED_VERSION = 1;

const H_MAGIC = 0;
const H_VERSION = 1;
const H_ENTITIES = 2;
const H_ALIASES = 3;
const H_SLOTS = 4;
const H_EDGES = 5;
const H_FILTER_WORDS = 6;
const H_ROOT_SHIFT = 7;
const H_KEY_BYTES = 8;
const H_ID_BYTES = 9;
const H_JSON_BYTES = 10;
const HEADER = 11;

/** Thrown when a buffer is not a packed matcher of this version. */
export class PackedMatcherError extends Error {
  override name = 'PackedMatcherError';
}

/** The small tables, as one JSON text. */
interface SmallTables {
  caseKeys: Record<string, string>;
  notBefore: Record<string, string[][]>;
  notAfter: Record<string, string[][]>;
  related: Record<string, number[]>;
}

/** Counts in the header that size the Int32 sections. */
interface Counts {
  entities: number;
  aliases: number;
  slots: number;
  filterWords: number;
}

/**
 * The Int32 sections, in file order: where each comes from in the tables,
 * and its length from the header's counts, side by side so the two cannot
 * drift apart.
 */
const INT_SECTIONS = {
  slots: { of: (t: MatcherTables) => t.edges.slots, length: (c: Counts) => c.slots * 4 },
  rootFilter: {
    of: (t: MatcherTables) => t.edges.rootFilter,
    length: (c: Counts) => c.filterWords,
  },
  records: { of: (t: MatcherTables) => t.records, length: (c: Counts) => c.aliases * REC_SIZE },
  keyStart: { of: (t: MatcherTables) => t.keyStart, length: (c: Counts) => c.aliases + 1 },
  entityIdStart: {
    of: (t: MatcherTables) => t.entityIdStart,
    length: (c: Counts) => c.entities + 1,
  },
  aliasEntity: { of: (t: MatcherTables) => t.aliasEntity, length: (c: Counts) => c.aliases },
  aliasFlags: { of: (t: MatcherTables) => t.aliasFlags, length: (c: Counts) => c.aliases },
  entityAliasStart: {
    of: (t: MatcherTables) => t.entityAliases.start,
    length: (c: Counts) => c.entities + 1,
  },
  entityAliasList: {
    of: (t: MatcherTables) => t.entityAliases.list,
    length: (c: Counts) => c.aliases,
  },
} as const;

type SectionName = keyof typeof INT_SECTIONS;
const SECTION_NAMES = Object.keys(INT_SECTIONS) as SectionName[];

const LITTLE_ENDIAN = new Uint8Array(new Int32Array([1]).buffer)[0] === 1;

/** Packs compiled matcher data (validated by loading it first). */
export function packMatcher(data: CompiledMatcher): Uint8Array {
  if (!LITTLE_ENDIAN) throw new PackedMatcherError('packing needs a little-endian host');
  const t = loadTables(data);
  const small = JSON.stringify({
    caseKeys: t.caseKeys,
    notBefore: t.notBefore,
    notAfter: t.notAfter,
    related: t.related,
  } satisfies SmallTables);
  const ints = SECTION_NAMES.map((name) => INT_SECTIONS[name].of(t));
  const intWords = ints.reduce((sum, s) => sum + s.length, HEADER);
  const utf8 = new TextEncoder();
  const strings = [t.aliasKeys, t.entityIdText, small].map((s) => {
    const bytes = utf8.encode(s);
    // UTF-8 cannot carry a lone surrogate: the key would no longer match the page.
    if (new TextDecoder().decode(bytes) !== s) {
      throw new PackedMatcherError('packing needs well-formed text (a key holds a lone surrogate)');
    }
    return bytes;
  });
  const stringBytes = strings.reduce((sum, s) => sum + s.length, 0);
  const buffer = new ArrayBuffer(intWords * 4 + stringBytes);
  const words = new Int32Array(buffer, 0, intWords);
  words[H_MAGIC] = MAGIC;
  words[H_VERSION] = PACKED_VERSION;
  words[H_ENTITIES] = t.entityCount;
  words[H_ALIASES] = t.aliasFlags.length;
  words[H_SLOTS] = t.edges.slots.length / 4;
  words[H_EDGES] = t.edges.size;
  words[H_FILTER_WORDS] = t.edges.rootFilter.length;
  words[H_ROOT_SHIFT] = t.edges.rootShift;
  words[H_KEY_BYTES] = strings[0]!.length;
  words[H_ID_BYTES] = strings[1]!.length;
  words[H_JSON_BYTES] = strings[2]!.length;
  let at = HEADER;
  for (const section of ints) {
    words.set(section, at);
    at += section.length;
  }
  const bytes = new Uint8Array(buffer);
  let offset = intWords * 4;
  for (const s of strings) {
    bytes.set(s, offset);
    offset += s.length;
  }
  return bytes;
}

function fail(message: string): never {
  throw new PackedMatcherError(`Invalid packed matcher: ${message}`);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

const utf8 = new TextDecoder();

/**
 * Runtime tables from a packed matcher; throws {@link PackedMatcherError} if
 * the buffer is not one of this version. The tables are views onto `bytes`:
 * do not modify it afterwards.
 */
export function unpackTables(bytes: Uint8Array): MatcherTables {
  if (!LITTLE_ENDIAN) fail('reading needs a little-endian host');
  if (!(bytes instanceof Uint8Array) || bytes.byteLength < HEADER * 4) fail('too short');
  // Int32 views need 4-byte alignment: copy the rare buffer that lacks it.
  const data = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const { buffer, byteOffset } = data;
  const head = new Int32Array(buffer, byteOffset, HEADER);
  if (head[H_MAGIC] !== MAGIC) fail('not a packed matcher');
  if (head[H_VERSION] !== PACKED_VERSION) fail(`unsupported version ${head[H_VERSION]}`);
  const entities = head[H_ENTITIES]!;
  const aliases = head[H_ALIASES]!;
  const slots = head[H_SLOTS]!;
  const edges = head[H_EDGES]!;
  const filterWords = head[H_FILTER_WORDS]!;
  const rootShift = head[H_ROOT_SHIFT]!;
  const keyBytes = head[H_KEY_BYTES]!;
  const idBytes = head[H_ID_BYTES]!;
  const jsonBytes = head[H_JSON_BYTES]!;
  if (Math.min(entities, aliases, edges, keyBytes, idBytes, jsonBytes) < 0) fail('negative count');
  // A full table would make a probe loop forever.
  if (!isPowerOfTwo(slots) || slots < 16 || edges >= slots) fail('bad edge table size');
  if (!isPowerOfTwo(filterWords) || 1 << (32 - rootShift) !== filterWords * 32) {
    fail('bad root filter size');
  }
  const counts: Counts = { entities, aliases, slots, filterWords };
  const intWords = SECTION_NAMES.reduce(
    (sum, name) => sum + INT_SECTIONS[name].length(counts),
    HEADER,
  );
  if (data.byteLength !== intWords * 4 + keyBytes + idBytes + jsonBytes) {
    fail('size does not match its header');
  }
  const views = {} as Record<SectionName, Int32Array>;
  let at = byteOffset + HEADER * 4;
  for (const name of SECTION_NAMES) {
    const length = INT_SECTIONS[name].length(counts);
    views[name] = new Int32Array(buffer, at, length);
    at += length * 4;
  }
  const { keyStart, entityIdStart, entityAliasStart } = views;
  const text = (length: number): string => {
    const s = utf8.decode(new Uint8Array(buffer, at, length));
    at += length;
    return s;
  };
  const aliasKeys = text(keyBytes);
  const entityIdText = text(idBytes);
  let small: SmallTables;
  try {
    small = JSON.parse(text(jsonBytes)) as SmallTables;
  } catch {
    fail('small tables are not JSON');
  }
  for (const key of ['caseKeys', 'notBefore', 'notAfter', 'related'] as const) {
    if (typeof small?.[key] !== 'object' || small[key] === null) fail(`${key} is not an object`);
  }
  if (
    keyStart[aliases] !== aliasKeys.length ||
    entityIdStart[entities] !== entityIdText.length ||
    entityAliasStart[entities] !== aliases
  ) {
    fail('index tables do not end where their data does');
  }
  const table = new EdgeTable(0);
  table.slots = views.slots;
  table.mask = slots - 1;
  table.shift = 32 - Math.log2(slots);
  table.size = edges;
  table.rootFilter = views.rootFilter;
  table.rootShift = rootShift;
  return {
    entityCount: entities,
    entityIdText,
    entityIdStart,
    entityIdCache: new Array<string | undefined>(entities),
    aliasEntity: views.aliasEntity,
    aliasFlags: views.aliasFlags,
    records: views.records,
    edges: table,
    aliasKeys,
    keyStart,
    entityAliases: { start: entityAliasStart, list: views.entityAliasList },
    caseKeys: small.caseKeys,
    notBefore: small.notBefore,
    notAfter: small.notAfter,
    notBeforeHint: hintsOf(small.notBefore, false),
    notAfterHint: hintsOf(small.notAfter, true),
    related: small.related,
  };
}
