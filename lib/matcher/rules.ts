/**
 * Local precision rules: what the words around one candidate say about it.
 * Driven by alias flags (./compiled.ts) and generic word lists
 * (./word-lists.ts); nothing here knows any entity.
 */
import { AliasFlag } from './compiled';
import type { MatcherTables } from './load';
import {
  hasUpperIn,
  isAllCaps,
  isCapitalised,
  isSentenceStart,
  lineStyle,
  startsUpper,
  wordAfter,
  wordBefore,
  wordsAround,
  wordsMatch,
  type LineStyle,
  type WordAt,
} from './page-text';
import { caseKeptKey, FNV_OFFSET, FNV_PRIME } from './units';
import { FUNCTION_WORDS, TITLES, US_POSTAL_CODES, US_STATES } from './word-lists';

/** Outcome of the local rules for one (span, alias) pair. */
export const Verdict = {
  /** Counts (subject to the alias's own `context` requirement). */
  Ok: 0,
  /** Not this alias (wrong case). */
  Reject: 1,
  /**
   * Evidence of a namesake ("Vassili Peskov", "Moscow, Kansas"): rejected, and
   * the same alias elsewhere on the page then needs the entity named another way.
   */
  Contest: 2,
  /** Counts only with page context, like a `context` alias ("Turkey" opening a sentence). */
  Weak: 3,
} as const;

/** A value of {@link Verdict}. */
export type VerdictValue = (typeof Verdict)[keyof typeof Verdict];

/** Per-call state: the page text, the tables, a line-style cache. */
export class RuleContext {
  readonly lines = new Map<number, LineStyle>();

  constructor(
    readonly t: MatcherTables,
    readonly text: string,
  ) {}

  /** True if `word` (folded) is a word of one of entity `e`'s aliases ("tayyip" of Erdogan). */
  hasWord(e: number, word: string): boolean {
    const { t } = this;
    const index = (t.entityAliases ??= indexEntities(t));
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      const ks = t.keyStart[a]!;
      const ke = t.keyStart[a + 1]! - 1;
      // Keys are units joined by single spaces: compare at each unit start.
      for (let p = ks; p < ke; p++) {
        if (p !== ks && keys.charCodeAt(p - 1) !== 32) continue;
        const q = p + word.length;
        if (q <= ke && (q === ke || keys.charCodeAt(q) === 32) && keys.startsWith(word, p))
          return true;
      }
    }
    return false;
  }

  /** Initials of entity `e`'s alias words. */
  hasWordStartingWith(e: number, letter: string): boolean {
    const { t } = this;
    const index = (t.entityAliases ??= indexEntities(t));
    const keys = t.aliasKeys;
    for (let j = index.start[e]!; j < index.start[e + 1]!; j++) {
      const a = index.list[j]!;
      const ks = t.keyStart[a]!;
      const ke = t.keyStart[a + 1]! - 1;
      for (let p = ks; p < ke; p++) {
        if ((p === ks || keys.charCodeAt(p - 1) === 32) && keys[p] === letter) return true;
      }
    }
    return false;
  }

  /** True if `folded` (one folded word) is on its own an alias of some entity ("kremlin"). */
  isWholeAlias(folded: string): boolean {
    let h = FNV_OFFSET;
    for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
    const c = this.t.edges.get(0, h);
    return c !== 0 && this.t.termStart[c + 1]! > this.t.termStart[c]!;
  }
}

function indexEntities(t: MatcherTables): { start: Int32Array; list: Int32Array } {
  const { aliasEntity, entityIds } = t;
  const start = new Int32Array(entityIds.length + 1);
  for (let a = 0; a < aliasEntity.length; a++) start[aliasEntity[a]! + 1]!++;
  for (let e = 0; e < entityIds.length; e++) start[e + 1]! += start[e]!;
  const fill = start.slice(0, entityIds.length);
  const list = new Int32Array(aliasEntity.length);
  for (let a = 0; a < aliasEntity.length; a++) list[fill[aliasEntity[a]!]!++] = a;
  return { start, list };
}

/**
 * A capitalised neighbour that is not a title, a function word or a KB name
 * on its own: a candidate competing name. Entity-independent, so cached per span.
 */
function isNameLike(ctx: RuleContext, w: WordAt): boolean {
  if (!isCapitalised(ctx.text, w)) return false;
  const f = w.folded;
  if (TITLES.has(f) || FUNCTION_WORDS.has(f)) return false;
  return !ctx.isWholeAlias(f);
}

/** "Kremlin's Peskov": the word before is the "s" of a possessive. */
function isPossessiveS(text: string, w: WordAt): boolean {
  return w.folded === 's' && w.start >= 2 && "'’‘ʼ".includes(text[w.start - 1]!);
}

/** "V. Peskov": a single capital initial and dot directly before `start`: the folded letter and its offset. */
function initialBefore(text: string, start: number): { letter: string; at: number } | null {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) i--;
  if (i < 1 || text[i] !== '.' || i === start - 1) return null;
  const letter = text.charCodeAt(i - 1);
  if (!startsUpper(text, i - 1)) return null;
  if (i >= 2 && /[\p{L}\p{N}]/u.test(text[i - 2]!)) return null;
  return { letter: String.fromCharCode(letter).toLowerCase(), at: i - 1 };
}

const US_STATE_FIRST_WORDS = new Set(US_STATES.map((s) => s[0]!));

function followedByUsState(ctx: RuleContext, end: number, entity: number): boolean {
  const { text } = ctx;
  const words = wordsAround(text, end, 2, false);
  const first = words[0];
  if (!first || !isCapitalised(text, first)) return false;
  if (US_STATE_FIRST_WORDS.has(first.folded)) {
    for (const state of US_STATES) {
      if (wordsMatch(words, state, false) && !state.every((s) => ctx.hasWord(entity, s)))
        return true;
    }
  }
  // "Moscow, ID": postal code right after a comma.
  const m = /^\s*,\s*([A-Z]{2})\b/.exec(text.slice(end, end + 8));
  return m !== null && US_POSTAL_CODES.has(m[1]!);
}

/** Neighbourhood of one candidate span, shared by the aliases ending there. */
export interface Near {
  prev?: WordAt | null;
  next?: WordAt | null;
  /** The word before / after is name-like (see isNameLike). */
  prevNameLike?: boolean;
  nextNameLike?: boolean;
  style?: LineStyle;
}

/** Applies the local rules to alias `a` found at text[start, end). */
export function checkLocal(
  ctx: RuleContext,
  a: number,
  start: number,
  end: number,
  near: Near = {},
): VerdictValue {
  const { t, text } = ctx;
  const flags = t.aliasFlags[a]!;
  const entity = t.aliasEntity[a]!;

  // Letter case.
  if (flags & AliasFlag.CaseSensitive) {
    if (caseKeptKey(text, start, end) !== t.caseKeys[a]) return Verdict.Reject;
  } else if (flags & AliasFlag.AliasHasUpper) {
    if (flags & AliasFlag.SingleWord ? !startsUpper(text, start) : !hasUpperIn(text, start, end)) {
      return Verdict.Reject;
    }
  }

  // Declared namesake qualifiers.
  const before = t.notBefore[a];
  if (before) {
    const words = wordsAround(text, start, maxLen(before), true);
    if (before.some((list) => wordsMatch(words, list, true))) return Verdict.Contest;
  }
  const after = t.notAfter[a];
  if (after) {
    const words = wordsAround(text, end, maxLen(after), false);
    if (after.some((list) => wordsMatch(words, list, false))) return Verdict.Contest;
  }
  if (flags & AliasFlag.Place && followedByUsState(ctx, end, entity)) return Verdict.Contest;

  // A different first name in front: "Vassili Peskov", "Hafez al-Assad".
  if (flags & AliasFlag.Surname) {
    const prev = near.prev !== undefined ? near.prev : (near.prev = wordBefore(text, start));
    if (prev) {
      near.prevNameLike ??= !isPossessiveS(text, prev) && isNameLike(ctx, prev);
      if (near.prevNameLike && !ctx.hasWord(entity, prev.folded)) return Verdict.Contest;
    }
    const initial = initialBefore(text, start);
    if (initial !== null && !ctx.hasWordStartingWith(entity, initial.letter)) {
      // A middle initial after the entity's own first name is fine: "Dmitry S. Peskov".
      const first = wordBefore(text, initial.at);
      if (!first || !ctx.hasWord(entity, first.folded)) return Verdict.Contest;
    }
  }

  // A name part followed by a foreign capitalised word: "Jeffrey Epstein".
  if (flags & (AliasFlag.Surname | AliasFlag.GivenName)) {
    const next = near.next !== undefined ? near.next : (near.next = wordAfter(text, end));
    if (
      next &&
      (near.nextNameLike ??= isNameLike(ctx, next)) &&
      !ctx.hasWord(entity, next.folded)
    ) {
      const style = (near.style ??= lineStyle(text, start, ctx.lines));
      const headline =
        style.titleCase ||
        style.allCaps ||
        (isAllCaps(text, start, end) && isAllCaps(text, next.start, next.end));
      if (!headline) return Verdict.Contest;
    }
  }

  // A common word capitalised only by its position says nothing: "Turkey is best brined."
  if (flags & AliasFlag.CommonWord) {
    if (isSentenceStart(text, start)) return Verdict.Weak;
    const style = (near.style ??= lineStyle(text, start, ctx.lines));
    if (style.titleCase || style.allCaps || isAllCaps(text, start, end)) return Verdict.Weak;
  }
  return Verdict.Ok;
}

function maxLen(lists: string[][]): number {
  let m = 0;
  for (const l of lists) m = Math.max(m, l.length);
  return m;
}
