/**
 * The compiled matcher format: plain JSON, produced at build time by
 * `compileMatcher`, read at page start-up by `loadMatcher`. Integer tables are
 * base64 little-endian Int32 (see ./base64.ts).
 */

/** Per-alias flag bits in `aliasFlags`. */
export const AliasFlag = {
  /** `match: 'context'`: needs an `alone` mention of the entity or a related one on the page. */
  Context: 1,
  /** Case must equal the alias exactly (after diacritic folding). */
  CaseSensitive: 2,
  /** The alias is one word unit. */
  SingleWord: 4,
  /** The alias has no upper-case letter: no capitalisation required. */
  AliasLower: 8,
  /** The alias has an upper-case letter: the match must have one too. */
  AliasHasUpper: 16,
  /** Surname (declared, or inferred for a person's one-word alias that ends a longer alias). */
  Surname: 32,
  /** Given name (declared, or inferred for a person's one-word alias that starts a longer alias). */
  GivenName: 64,
  /** A common word ("Turkey"): capitalised only by position is no signal. */
  CommonWord: 128,
  /** The entity is a place: US-namesake check applies ("Moscow, Kansas"). */
  Place: 256,
} as const;

/**
 * Ends each key in `aliasKeys`: U+0085 (NEL) is a line break, so it never
 * occurs inside a key (units never span a break), and unlike "\n" JSON keeps
 * it unescaped, which makes JSON.parse of the keys several times faster.
 */
export const KEY_END = '\u0085';
/** Ends each id in `entityIds` (ids are kebab-case; the compiler rejects one with a line break). */
export const ID_END = '\n';

/**
 * Plain JSON-serialisable matcher data, produced at build time by
 * `compileMatcher`. Version 2 stores the entity ids as one string (an array
 * of 50,000 short strings dominated JSON.parse time); `loadMatcher` still
 * reads version 1 data.
 */
export interface CompiledMatcher {
  formatVersion: 2;
  /** Entity ids, each followed by {@link ID_END}; other tables refer to entities by index here. */
  entityIds: string;
  /** Number of aliases kept (aliases with no word were dropped). */
  aliasCount: number;
  /** Base64 Int32 per alias: entity index. */
  aliasEntity: string;
  /** Base64 Int32 per alias: {@link AliasFlag} bits. */
  aliasFlags: string;
  /** Base64 Int32 per alias: trie node where the alias ends. */
  aliasNode: string;
  /** Folded canonical keys of all aliases, each followed by {@link KEY_END}. */
  aliasKeys: string;
  /** Case-kept canonical key, for case-sensitive aliases only (alias index → key). */
  caseKeys: Record<string, string>;
  /** Alias index → folded word lists that must not directly precede it. */
  notBefore: Record<string, string[][]>;
  /** Alias index → folded word lists that must not directly follow it. */
  notAfter: Record<string, string[][]>;
  /** Base64 Int32 per trie edge: parent node. Edge `i` creates node `i + 1`; node 0 is the root. */
  edgeParent: string;
  /** Base64 Int32 per trie edge: unit hash. */
  edgeHash: string;
  /** Entity index → indexes of related entities (symmetric). */
  related: Record<string, number[]>;
}

/** Version 1 of the format: entity ids as an array, keys ended by "\n". Still loadable. */
export interface CompiledMatcherV1 extends Omit<CompiledMatcher, 'formatVersion' | 'entityIds'> {
  formatVersion: 1;
  entityIds: string[];
}
