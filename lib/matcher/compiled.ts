/**
 * The compiled matcher format: plain JSON, produced by `compileMatcher` (at
 * build time, or in the background for a user's KB) and read by `loadMatcher`.
 * Integer tables are strings of base64 digits, each table at its own width
 * (see ./base64.ts). The extension ships the loaded tables packed instead
 * (./packed.ts), which load without this decoding.
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
  /**
   * The alias has a capital after a lower-case letter in a word ("McCain",
   * "iPhone"). Without it, a match spelled that way is another word
   * ("MoSCoW", a prioritisation method, is not Moscow).
   */
  InnerUpper: 512,
  /** A `context` alias that counts on its own right after "the" ("the US"). */
  AloneAfterArticle: 1024,
  /**
   * The name in another language ("Siria"): that language's lower-case word
   * ("la provincia siria", Syrian) is its adjective, not another thing.
   */
  Exonym: 2048,
  /**
   * A case form of the alias before it ("Кремля" after "Кремль"): evidence
   * that one form names something else here holds for all of them.
   */
  Inflected: 4096,
  /** Also counts all in lower case (the KB's `lowerCase`; see `checkLocal`). */
  LowerCase: 8192,
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
 * `compileMatcher` (and rebuilt with the code: no older version is read).
 * Entity ids are one string, as an array of 50,000 short strings dominated
 * JSON.parse time.
 */
export interface CompiledMatcher {
  formatVersion: 3;
  /** Entity ids, each followed by {@link ID_END}; other tables refer to entities by index here. */
  entityIds: string;
  /** Number of aliases kept (aliases with no word were dropped). */
  aliasCount: number;
  /** Integer table (see ./base64.ts), per alias: entity index. */
  aliasEntity: string;
  /** Integer table (see ./base64.ts), per alias: {@link AliasFlag} bits. */
  aliasFlags: string;
  /** Integer table (see ./base64.ts), per alias: trie node where the alias ends. */
  aliasNode: string;
  /** Folded canonical keys of all aliases, each followed by {@link KEY_END}. */
  aliasKeys: string;
  /** Case-kept canonical key, for case-sensitive aliases only (alias index → key). */
  caseKeys: Record<string, string>;
  /** Alias index → folded word lists that must not directly precede it. */
  notBefore: Record<string, string[][]>;
  /** Alias index → folded word lists that must not directly follow it. */
  notAfter: Record<string, string[][]>;
  /** Integer table (see ./base64.ts), per trie edge: parent node. Edge `i` creates node `i + 1`; node 0 is the root. */
  edgeParent: string;
  /** Integer table (see ./base64.ts), per trie edge: unit hash. */
  edgeHash: string;
  /** Entity index → indexes of related entities (symmetric). */
  related: Record<string, number[]>;
}
