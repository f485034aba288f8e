/**
 * Page-level resolution: verifies candidates against their aliases, applies
 * the local rules, then the page rules (a `context` alias needs an `alone`
 * mention of its entity or a related one; a contested alias needs its entity
 * named another way, and so does a shorter alias of the same entity inside a
 * contested span; a word capitalised only by its position needs its entity
 * named on its own merits or a related one named nearby), and picks
 * leftmost-longest non-overlapping mentions.
 *
 * Cheap first: a candidate is checked against its alias key without
 * allocating, plain aliases only get a case check, and a `context` alias is
 * neither checked against its key nor given its rules until its entity is
 * named: at once if it already is by then (while the text is in cache),
 * else when the final left-to-right pick reaches it. Inside "Hulusi Akar"
 * the bare "Akar" is never judged. That laziness is exact: for such an alias
 * a rejection changes nothing but its own span (see `resolveMentions`).
 */
import * as fold from '../text/fold';
import { AliasFlag } from './compiled';
import * as loaded from './load';
import type { MatcherTables } from './load';
import * as pageTextModule from './page-text';
import * as ruleModule from './rules';
import type { Near, RuleContext } from './rules';
import * as scanModule from './scan';
import type { ContestSites } from './contest-sites';
import type { IndexSet } from './index-set';
import type { IntBuffer } from './int-buffer';
import type { MentionTexts } from './mention-texts';
import { NamesakeSweep } from './namesake-index';
import { Scratch } from './scratch';
import type { Mention } from './types';

const CF = fold.classFoldTable;
const UPPER = fold.upperTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const IGNORABLE = fold.CharClass.Ignorable;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;
const CONTEXT = AliasFlag.Context;
const HAS_UPPER = AliasFlag.AliasHasUpper;
const SINGLE_WORD = AliasFlag.SingleWord;
const SURNAME = AliasFlag.Surname;
const INNER_UPPER = AliasFlag.InnerUpper;
const REC_SIZE = loaded.REC_SIZE;
const REC_ALIAS = loaded.REC_ALIAS;
const REC_ENTITY = loaded.REC_ENTITY;
const REC_KEY = loaded.REC_KEY;
const REC_KEY_LENGTH = loaded.REC_KEY_LENGTH;
const REC_BITS = loaded.REC_BITS;
const REC_RULES = loaded.REC_RULES;
const REC_LAST = loaded.REC_LAST;
// Module copies of imported bindings (see ./scan.ts for why).
const checkLocal = ruleModule.checkLocal;
const inIdentifier = ruleModule.inIdentifier;
const generationAfter = ruleModule.generationAfter;
const deceasedBearer = ruleModule.deceasedBearer;
const genitiveOk = ruleModule.genitiveOk;
const isWordCode = pageTextModule.isWordCode;
const isLetterCode = pageTextModule.isLetterCode;
const scanBlock = scanModule.scanBlock;
const newActive = scanModule.newActive;
const newNear = ruleModule.newNear;
const resetNear = ruleModule.resetNear;
const NewRuleContext = ruleModule.RuleContext;
const REJECT = ruleModule.Verdict.Reject;
const CONTEST = ruleModule.Verdict.Contest;
const WEAK_VERDICT = ruleModule.Verdict.Weak;
const RELATED_VERDICT = ruleModule.Verdict.Related;
const listItemEndBefore = ruleModule.listItemEndBefore;
const listItemStartAfter = ruleModule.listItemStartAfter;
const afterTownInCountry = ruleModule.afterTownInCountry;
const initialAfter = ruleModule.initialAfter;
const locatedBy = ruleModule.locatedBy;
const placeNounAfter = ruleModule.placeNounAfter;
const hasInnerUpper = pageTextModule.hasInnerUpper;
const PLACE = AliasFlag.Place;
const INFLECTED = AliasFlag.Inflected;
const NAME_PART = AliasFlag.Surname | AliasFlag.GivenName;
const SURNAME_WORD = AliasFlag.Surname | AliasFlag.SingleWord;
const CONTEXT_SURNAME = SURNAME_WORD | CONTEXT;
const COMMON_WORD = AliasFlag.CommonWord;
const OK = ruleModule.Verdict.Ok;
const ALONE_AFTER_ARTICLE = AliasFlag.AloneAfterArticle;
const wordBefore = pageTextModule.wordBefore;
const countryNounAfter = ruleModule.countryNounAfter;
const officialWordAfter = ruleModule.officialWordAfter;
const surnameFollows = ruleModule.surnameFollows;
const relativeNamed = ruleModule.relativeNamed;
const declaredBefore = ruleModule.declaredBefore;
const isPerson = ruleModule.isPerson;
const entityHasFlag = ruleModule.entityHasFlag;
const publicFigureCue = ruleModule.publicFigureCue;
const namedInPassing = ruleModule.namedInPassing;
const disclaimerStart = ruleModule.disclaimerStart;
const disclaimerAfter = ruleModule.disclaimerAfter;
const disownedBefore = ruleModule.disownedBefore;
const initialBefore = ruleModule.initialBefore;
const ownNameAfterComma = ruleModule.ownNameAfterComma;
const ownInitialsAfterComma = ruleModule.ownInitialsAfterComma;
const anotherPersonAfter = ruleModule.anotherPersonAfter;
const CONTEXT_OR_PLACE = CONTEXT | AliasFlag.Place;

/** A pair's needsSupport for a {@link RELATED_VERDICT}: counts only with a related entity named. */
const GATED = 2;

/** States of an accepted tuple in the final pick. */
const DONE = 0;
/** A `context` alias of a named entity: local rules run when the pick reaches it. */
const LAZY = 1;
/** A `context` alias with a Weak verdict: counts only with support nearby (see `supportedNear`). */
const WEAK = 2;
/** A `context` place listed next to a named place: counts even where its alias is contested. */
const LISTED = 3;
/** A `context` alias of a named entity whose local rules already said Ok or Weak. */
const CHECKED = 4;
/**
 * A one-word name part of an entity known only by `context` names ("Jeffrey"
 * of "James Jeffrey"): counts only if one of its full names counts on the
 * page (see {@link isCommonNamePart}).
 */
const OWN_NAME = 5;

/**
 * How far a Weak mention ("Turkey" opening a sentence) looks for a related
 * entity: its own line (paragraph), up to BLOCK_REACH characters each way,
 * and NEAR characters each way across line breaks (a headline and its lead).
 */
const BLOCK_REACH = 600;
const NEAR = 150;
/**
 * Text scanned between two checking passes, ending at a line break: 16 KB of
 * UTF-16, so the text of the candidates found is still in cache when they
 * are checked.
 */
const BLOCK_CHARS = 8192;

/*
 * Tuples carry the entity and alias index of their record (see ./load.ts),
 * read once while the record is in cache: each later pass reading them from
 * the 2 MB record table again missed the cache for most tuples.
 */
/*
 * A tuple's text is the index of its mention strings in the call's
 * MentionTexts, or NO_TEXT: made while its span is still in cache, so that
 * the final pick reads no page text for most mentions.
 */
/** Pair: (start, end, record, needsSupport, entity, alias, text). */
const PAIR = 7;
/** Deferred context alias: (start, end, record, entity, alias, verdict or UNCHECKED, text). */
const DEFER = 7;
/** Context alias decided for the pick: (start, end, record, state, entity, alias, text). */
const LATE = 7;
/** Accepted: (start, end, record, needsSupport, state, entity, alias, text). */
const ACC = 8;
/** Ints per picked mention: start, end, entity, mention texts reference. */
const PICK = 4;
/** A deferred tuple's local verdict not worked out yet. */
const UNCHECKED = -1;
/** A tuple whose mention strings are not made yet. */
const NO_TEXT = -1;

/**
 * True if text[start, end) folds to the canonical key keys[ks, ke): the same
 * units in the same order. Guards against 32-bit hash collisions.
 */
function spanMatches(
  text: string,
  start: number,
  end: number,
  keys: string,
  ks: number,
  ke: number,
): boolean {
  // Most spans are spelled like their key but for capitals ("Aleppo
  // province"): same length, each character the key's own (ASCII) or a word
  // character folding to it. Spaces and punctuation then line up with the
  // key's, so the units do too, and one plain loop decides. Anything else
  // (extra spaces, "al-Assad" against "al - assad") takes the full walk.
  if (end - start === ke - ks) {
    let i = start;
    for (let q = ks; i < end; i++, q++) {
      const c = text.charCodeAt(i);
      const k = keys.charCodeAt(q);
      if (c === k && c < 128) continue;
      const v = CF[c]!;
      if (v >>> 16 !== WORD || (v & 0xffff) !== k) break;
    }
    if (i === end) return true;
  }
  let p = ks;
  let inWord = false;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let v = CF[c]!;
    if (v === 0) {
      classify(c);
      v = CF[c]!;
    }
    const k = v >>> 16;
    if (k === WORD) {
      if (!inWord) {
        if (count > 0 && keys.charCodeAt(p++) !== 32) return false;
        inWord = true;
        count++;
      }
      if (keys.charCodeAt(p++) !== (v & 0xffff)) return false;
      continue;
    }
    if (k === IGNORABLE) continue;
    inWord = false;
    if (k === SPACE || k === NEWLINE) continue;
    if (keys.charCodeAt(p++) !== 32 || keys.charCodeAt(p++) !== (v & 0xffff)) return false;
    count++;
  }
  return p === ke;
}

function sameKey(keys: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (keys.charCodeAt(a + i) !== keys.charCodeAt(b + i)) return false;
  return true;
}

/**
 * Plain alias rules: not part of an identifier or web address (see
 * `inIdentifier`), no "Jr." or "Sr." after it, and a capital first letter
 * with no capital after a lower-case letter (one word) or some capital
 * (several).
 */
function plainRulesOk(text: string, start: number, end: number, flags: number): boolean {
  if (inIdentifier(text, start, end)) return false;
  // "Ali Ayyoub Jr.": the bearer's son (one read for most names).
  if (text.charCodeAt(end + 1) <= 83 && generationAfter(text, end)) return false;
  if (
    isWordCode(text.charCodeAt(end)) &&
    (!genitiveOk(text, start, end, flags) || inIdentifier(text, start, end + 1))
  ) {
    return false;
  }
  if ((flags & HAS_UPPER) === 0) return true;
  if (flags & SINGLE_WORD) {
    // "MoSCoW" is not "Moscow" (names of several words are not spelled so).
    if ((flags & INNER_UPPER) === 0 && hasInnerUpper(text, start, end)) return false;
    return UPPER[text.charCodeAt(start)] === 1;
  }
  for (let i = start; i < end; i++) if (UPPER[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Contests alias `a` on the page, with its case forms: "Казанский Кремль"
 * makes "Кремля" on that page Kazan's too. A form and its inflected
 * followers sit together in the entity's alias list, in KB order.
 */
function contestForms(
  t: MatcherTables,
  contested: IndexSet,
  a: number,
  sites: ContestSites,
  at: number,
): void {
  const add = (x: number): void => {
    contested.add(x);
    sites.add(x, at);
  };
  add(a);
  const { start, list } = t.entityAliases;
  const e = t.aliasEntity[a]!;
  const from = start[e]!;
  const to = start[e + 1]!;
  let j = from;
  while (j < to && list[j] !== a) j++;
  const inflected = (x: number) => (t.aliasFlags[list[x]!]! & INFLECTED) !== 0;
  if (!inflected(j) && (j + 1 >= to || !inflected(j + 1))) return;
  while (j > from && inflected(j)) j--;
  for (add(list[j]!), j++; j < to && inflected(j); j++) add(list[j]!);
}

/** True if pair i's span is also a pair of another entity (same-span pairs are adjacent). */
function sharedSpan(pairs: Int32Array, i: number): boolean {
  const e = pairs[i + 4]!;
  for (
    let j = i - PAIR;
    j >= 0 && pairs[j] === pairs[i] && pairs[j + 1] === pairs[i + 1];
    j -= PAIR
  ) {
    if (pairs[j + 4] !== e) return true;
  }
  for (
    let j = i + PAIR;
    j < pairs.length && pairs[j] === pairs[i] && pairs[j + 1] === pairs[i + 1];
    j += PAIR
  ) {
    if (pairs[j + 4] !== e) return true;
  }
  return false;
}

/**
 * Gated mentions (a place with US namesakes on a page naming a US state)
 * whose entity or a related one is named, or whose line names what
 * {@link supportedTwoStepsAway} asks ("Saraqeb on the M5 highway that links
 * Damascus with Aleppo" in a Pennsylvania paper's World column), become
 * plain mentions and name their entity. Decided against the entities named before any of them, so
 * that two gated places never vouch for each other ("Moscow" and "Russia"
 * in a page from Moscow, Idaho that mentions Russia, Ohio).
 */
function acceptGated(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  named: Uint8Array,
  namedAlone: Uint8Array,
): void {
  const accepted: number[] = [];
  for (let i = 0; i < pairs.length; i += PAIR) {
    if (pairs[i + 3] !== GATED || contested.has(pairs[i + 5]!)) continue;
    const e = pairs[i + 4]!;
    if (
      named[e] === 1 ||
      relatedNamed(t.related[e], named) ||
      supportedTwoStepsAway(t, text, pairs, contested, e, pairs[i]!, pairs[i + 1]!) !==
        NOT_SUPPORTED
    ) {
      accepted.push(i);
    }
  }
  for (const i of accepted) pairs[i + 3] = 0;
  for (const i of accepted) {
    const e = pairs[i + 4]!;
    named[e] = 1;
    if (namedAlone[e] === 0 && !sharedSpan(pairs, i)) namedAlone[e] = 1;
  }
}

function relatedNamed(related: number[] | undefined, named: Uint8Array): boolean {
  if (!related) return false;
  for (const r of related) if (named[r] === 1) return true;
  return false;
}

/**
 * True if alias `a` of entity `e` is a one-word surname or given name and
 * every name of the entity is a `context` alias: a name so common ("James
 * Jeffrey") that even the full name needs a related name on the page. The
 * bare part ("Jeffrey") then needs more than a related name: one mention of
 * "the U.S." in "a U.S. Army veteran" or "the U.S. team" says nothing
 * about which Jeffrey "coach Jeffrey" is. It counts where a full name of
 * the entity counts, or with the entity's own initials after it, as a
 * reference list writes the full name ("Jeffrey, J. F.").
 */
function isCommonNamePart(t: MatcherTables, a: number, e: number): boolean {
  const flags = t.aliasFlags[a]!;
  if ((flags & SINGLE_WORD) === 0 || (flags & NAME_PART) === 0 || (flags & PLACE) !== 0) {
    return false;
  }
  const { start, list } = t.entityAliases;
  for (let j = start[e]!; j < start[e + 1]!; j++) {
    if ((t.aliasFlags[list[j]!]! & CONTEXT) === 0) return false;
  }
  return true;
}

/** True if alias `a` at text[…end) is followed by an initial of entity `e`'s own: "Jeffrey, J. F.". */
function initialed(ctx: RuleContext, text: string, a: number, e: number, end: number): boolean {
  const letter = initialAfter(text, end);
  return letter !== '' && ctx.hasOwnInitial(e, a, letter);
}

/** What ranks accepted tuples that share a span (see {@link rankOf}). */
interface Ranking {
  acc: Int32Array;
  named: Uint8Array;
  namedAlone: Uint8Array;
  /** Alias count + 1. */
  step: number;
}

/**
 * Same span, several aliases: prefer one that stands alone, then an entity
 * named on the page, then KB order. One integer (the loader allows at most
 * 1e8 aliases, so 8 × step fits). Asked only for tuples sharing a span,
 * which few do: ranking every tuple up front cost a cache miss each.
 */
function rankOf(k: Ranking, x: number): number {
  const o = x * ACC;
  const e = k.acc[o + 5]!;
  return (
    (k.acc[o + 3]! * 4 + (k.namedAlone[e] === 1 ? 0 : 2) + (k.named[e] === 1 ? 0 : 1)) * k.step +
    k.acc[o + 6]!
  );
}

/** Pick order: start ascending, end descending, rank ascending. */
function before(k: Ranking, x: number, y: number): boolean {
  const { acc } = k;
  const sx = acc[x * ACC]!;
  const sy = acc[y * ACC]!;
  if (sx !== sy) return sx < sy;
  const ex = acc[x * ACC + 1]!;
  const ey = acc[y * ACC + 1]!;
  if (ex !== ey) return ex > ey;
  return rankOf(k, x) < rankOf(k, y);
}

/**
 * Tuple indexes in pick order. Tuples arrive ordered by end, so almost
 * ordered by start: insertion sort is linear in practice. A pathological
 * input (thousands of aliases on one span) falls back to the library sort.
 */
function pickOrder(k: Ranking, order: Int32Array): Int32Array {
  const n = order.length;
  let budget = 16 * n + 1024;
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j > 0 && before(k, i, order[j - 1]!)) {
      order[j] = order[j - 1]!;
      j--;
      if (--budget < 0) {
        for (let q = 0; q < n; q++) order[q] = q;
        return order.sort((x, y) => (before(k, x, y) ? -1 : before(k, y, x) ? 1 : 0));
      }
    }
    order[j] = i;
  }
  return order;
}

/** True if text[start, end) is the alias of record `r` (not a hash collision). */
function verified(t: MatcherTables, text: string, r: number, start: number, end: number): boolean {
  const ks = t.records[r + REC_KEY]!;
  return spanMatches(text, start, end, t.aliasKeys, ks, ks + t.records[r + REC_KEY_LENGTH]!);
}

/**
 * True if text[start, end), a full name that counts only in context, is
 * followed by another surname: "his brother James Jeffrey Stump",
 * "Ambassador Jeffrey DeLaurentis" are someone's given names. (Not asked of
 * other full names: a caption's "Bashar al-Assad Syrian President" is him.)
 */
function givenNamesOnly(
  ctx: RuleContext,
  text: string,
  bits: number,
  start: number,
  end: number,
  near: Near,
): boolean {
  // Most names are followed by punctuation or a lower-case word: two reads.
  if ((bits & (CONTEXT | SINGLE_WORD)) !== CONTEXT || text.charCodeAt(end) !== 32) return false;
  return surnameFollows(ctx, start, end, near);
}

/** Local verdict of the alias of record `r` at text[start, end): the full rules only where its flags ask. */
function verdictOf(
  t: MatcherTables,
  ctx: RuleContext,
  text: string,
  r: number,
  start: number,
  end: number,
  near: Near,
): number {
  const bits = t.records[r + REC_BITS]!;
  if ((bits & REC_RULES) === 0) {
    if (!plainRulesOk(text, start, end, bits)) return REJECT;
    // "James Jeffrey, 81, of Rices Landing", "James Jeffrey (1798–1866)" (see checkLocal).
    if ((bits & CONTEXT_OR_PLACE) === CONTEXT && anotherPersonAfter(text, end)) return REJECT;
    return givenNamesOnly(ctx, text, bits, start, end, near) ? REJECT : OK;
  }
  const { records } = t;
  return checkLocal(
    ctx,
    records[r + REC_ALIAS]!,
    start,
    end,
    near,
    bits & 0xffff,
    records[r + REC_ENTITY],
  );
}

/** Index of the first tuple (of `size` ints, ordered by end) whose end is at least `pos`. */
function firstEndingFrom(tuples: Int32Array, size: number, pos: number): number {
  let lo = 0;
  let hi = tuples.length / size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tuples[mid * size + 1]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo * size;
}

/**
 * Drops the (start, end, ...) tuples of `size` ints, ordered by end, with
 * entity and alias at `at` and `at + 1`, that lie inside a contested span of
 * their own entity: "Hafez al-Assad" contests "al-Assad", so the "Assad"
 * inside is the same namesake. `spans` are contested (start, end, entity),
 * ordered by end, none longer than `longest`. One merged pass over both
 * lists; returns the kept tuples.
 */
function dropInsideContested(
  t: MatcherTables,
  tuples: Int32Array,
  size: number,
  at: number,
  spans: Int32Array,
  longest: number,
  contested: IndexSet,
  sites: ContestSites,
): Int32Array {
  let w = 0;
  let k = 0;
  for (let i = 0; i < tuples.length; i += size) {
    const start = tuples[i]!;
    const end = tuples[i + 1]!;
    while (k < spans.length && spans[k + 1]! < end) k += 3;
    let inside = false;
    for (let j = k; j < spans.length && spans[j + 1]! <= start + longest; j += 3) {
      if (spans[j]! <= start && spans[j + 2] === tuples[i + at]) {
        inside = true;
        break;
      }
    }
    if (inside) {
      // The namesake's evidence holds for the shorter alias elsewhere on the page too.
      contestForms(t, contested, tuples[i + at + 1]!, sites, start);
      continue;
    }
    if (w !== i) for (let q = 0; q < size; q++) tuples[w + q] = tuples[i + q]!;
    w += size;
  }
  return tuples.subarray(0, w);
}

/** The start of the line holding `pos`, looking back at most BLOCK_REACH. */
function lineStartNear(text: string, pos: number): number {
  let lo = pos;
  const loMin = Math.max(0, pos - BLOCK_REACH);
  while (lo > loMin && !isLineBreak(text.charCodeAt(lo - 1))) lo--;
  return lo;
}

/** The end of the line holding `pos`, looking ahead at most BLOCK_REACH. */
function lineEndNear(text: string, pos: number): number {
  let hi = pos;
  const hiMax = Math.min(text.length, pos + BLOCK_REACH);
  while (hi < hiMax && !isLineBreak(text.charCodeAt(hi))) hi++;
  return hi;
}

/**
 * True if `e` itself (by another name: "Türkiye" near "Turkey") or an
 * entity related to it is named through an `alone` alias near
 * text[start, end): in the same line (within BLOCK_REACH) or, unless
 * `sameLine`, within NEAR characters. A common word capitalised only by its
 * position ("Turkey is forgiving…" in a recipe) is not the country because a
 * sidebar names NATO.
 */
function supportedNear(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  e: number,
  start: number,
  end: number,
  sameLine = false,
): boolean {
  const related = t.related[e];
  let lo = lineStartNear(text, start);
  let hi = lineEndNear(text, end);
  if (!sameLine) {
    lo = Math.min(lo, start - NEAR);
    hi = Math.max(hi, end + NEAR);
  }
  for (let j = firstEndingFrom(pairs, PAIR, lo); j < pairs.length; j += PAIR) {
    if (pairs[j]! > hi) break;
    if (pairs[j]! < lo || pairs[j + 3] !== 0) continue;
    if (contested.has(pairs[j + 5]!)) continue;
    const other = pairs[j + 4]!;
    if (other === e || related?.includes(other) === true) return true;
  }
  return false;
}

/**
 * True if the line of text[start, end) names, through uncontested `alone`
 * aliases, a person related to one of `e`'s related entities ("Sharaa meets
 * Putin in Moscow": Moscow is Russia's capital, Putin its president), or two
 * entities related to `e` directly or through one of its related entities
 * ("the M5 highway that links Damascus with Aleppo … Idlib": places of
 * Syria, like Aleppo). Not one place ("Moscow High School … the U.S. Navy":
 * Russia and the US are related), so a world column rescues the city beside
 * a listing in Moscow, Idaho or a township of Aleppo, and a local line does not.
 */
function supportedTwoStepsAway(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  e: number,
  start: number,
  end: number,
): number {
  const related = t.related[e];
  if (!related) return NOT_SUPPORTED;
  const lo = lineStartNear(text, start);
  const hi = lineEndNear(text, end);
  let first = -1;
  for (let j = firstEndingFrom(pairs, PAIR, lo); j < pairs.length; j += PAIR) {
    if (pairs[j]! > hi) break;
    if (pairs[j]! < lo || pairs[j + 3] !== 0 || contested.has(pairs[j + 5]!)) continue;
    const other = pairs[j + 4]!;
    if (other === e || other === first) continue;
    let near = related.includes(other);
    if (!near) for (const r of related) if (t.related[r]?.includes(other) === true) near = true;
    if (!near) continue;
    if (first >= 0) return TWO_RELATED;
    if (!related.includes(other) && isPerson(t, other)) return PERSON_TWO_STEPS;
    first = other;
  }
  return NOT_SUPPORTED;
}

/** {@link supportedTwoStepsAway}: nothing in the line. */
const NOT_SUPPORTED = 0;
/** {@link supportedTwoStepsAway}: a person two relations away (asks for a locating word too). */
const PERSON_TWO_STEPS = 1;
/** {@link supportedTwoStepsAway}: two entities related directly or through a related one. */
const TWO_RELATED = 2;

/**
 * True if text[start, end), a contested place alias `a` of entity `e`, is the
 * place all the same: contested only by a thing named after it, and a
 * locating word ("a chef from Aleppo") or a related name nearby says so; or
 * contested by another place of the same name, and both say so.
 */
function placeRescued(
  t: MatcherTables,
  ctx: RuleContext,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  a: number,
  e: number,
  start: number,
  end: number,
  sameLine: boolean,
): boolean {
  if ((t.aliasFlags[a]! & PLACE) === 0) return false;
  // Another place of the same name on the page ("Moscow, Kansas"): both a
  // locating word and a related name in the same line ("walked the Kremlin
  // walls in Moscow").
  if (ctx.contestedByPlace(a)) {
    // "Moscow in Russia", "Moscow, Russia": the place its country locates.
    if (locatedInRelated(t, text, pairs, contested, e, end)) return true;
    const twoSteps = supportedTwoStepsAway(t, text, pairs, contested, e, start, end);
    if (twoSteps === TWO_RELATED) return true;
    return (
      locatedBy(text, start) &&
      (twoSteps === PERSON_TWO_STEPS ||
        supportedNear(t, text, pairs, contested, e, start, end, true))
    );
  }
  // "fled eastern Aleppo", "heading towards Aleppo": a part of the place, or
  // the way to it, on a page where "Aleppo pepper" is also named.
  return (
    locatedBy(text, start) ||
    compassBefore(text, start) ||
    placeNounAfter(text, end) ||
    supportedNear(t, text, pairs, contested, e, start, end, sameLine)
  );
}

/**
 * True if ", " or " in " and then an uncontested pair of an entity related
 * to `e` follow `end`: "Moscow in Russia", "Moscow, Russia".
 */
function locatedInRelated(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  e: number,
  end: number,
): boolean {
  let at: number;
  if (text.charCodeAt(end) === 44 && text.charCodeAt(end + 1) === 32) at = end + 2;
  else if (text.startsWith(' in ', end)) at = end + 4;
  else return false;
  const related = t.related[e];
  if (!related) return false;
  for (let j = firstEndingFrom(pairs, PAIR, at); j < pairs.length && pairs[j]! <= at; j += PAIR) {
    if (pairs[j] !== at || pairs[j + 3] !== 0 || contested.has(pairs[j + 5]!)) continue;
    if (related.includes(pairs[j + 4]!)) return true;
  }
  return false;
}

/** True if "product of" or "produce of" directly precedes `start`: a label's country of origin. */
function productOfBefore(text: string, start: number): boolean {
  const of = wordBefore(text, start);
  if (of === null || of.folded !== 'of' || of.end !== start - 1) return false;
  const what = wordBefore(text, of.start);
  return what !== null && (what.folded === 'product' || what.folded === 'produce');
}

/** Compass words before a place that name a part of it ("eastern Aleppo"). */
const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'rural',
  'southeastern',
  'southwestern',
  'northeastern',
  'northwestern',
]);

/** Lower-case directions a place follows after "of" ("south of Damascus", "outskirts of Aleppo"). */
const DIRECTION_NOUNS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outskirts',
  'countryside',
  'suburbs',
]);

/**
 * True if a lower-case compass word directly precedes `start` ("fled eastern
 * Aleppo"), or a direction and "of" ("a solar park south of Damascus").
 */
function compassBefore(text: string, start: number): boolean {
  const w = wordBefore(text, start);
  if (w === null || w.end !== start - 1 || UPPER[text.charCodeAt(w.start)] === 1) return false;
  if (COMPASS_WORDS.has(w.folded)) return true;
  if (w.folded !== 'of') return false;
  const d = wordBefore(text, w.start);
  return (
    d !== null &&
    d.end === w.start - 1 &&
    UPPER[text.charCodeAt(d.start)] !== 1 &&
    DIRECTION_NOUNS.has(d.folded)
  );
}

/**
 * True if text[start, end) is listed next to an uncontested place named
 * through an `alone` alias: "Spain to Greece and Turkey", "Turkey, Greece".
 */
function listedWithPlace(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  start: number,
  end: number,
): boolean {
  const before = listItemEndBefore(text, start);
  if (before >= 0) {
    for (let j = firstEndingFrom(pairs, PAIR, before); j < pairs.length; j += PAIR) {
      if (pairs[j + 1]! !== before) break;
      if (isNamedPlace(t, pairs, contested, j)) return true;
    }
  }
  const after = listItemStartAfter(text, end);
  if (after >= 0 && namedPlaceEndAt(t, pairs, contested, after) >= 0) return true;
  return inColumnOfPlaces(t, text, pairs, contested, start, end);
}

/**
 * The end of a pair starting at `pos` that names a place through an
 * uncontested `alone` alias, or -1.
 */
function namedPlaceEndAt(
  t: MatcherTables,
  pairs: Int32Array,
  contested: IndexSet,
  pos: number,
): number {
  for (let j = firstEndingFrom(pairs, PAIR, pos + 1); j < pairs.length; j += PAIR) {
    // No alias is this long: the pairs past here start later.
    if (pairs[j + 1]! > pos + 256) break;
    if (pairs[j] === pos && isNamedPlace(t, pairs, contested, j)) return pairs[j + 1]!;
  }
  return -1;
}

/** How far {@link inColumnOfPlaces} looks for the row before or after. */
const COLUMN_REACH = 300;

/**
 * True if text[start, end) opens its line and the nearest line before or
 * after it with letters in it opens with a named place: a column of
 * countries in a table or a menu ("Greece | 1.2", "Russia | 0.8", "Turkey |
 * 6.0"), where number cells sit on lines of their own.
 */
function inColumnOfPlaces(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  start: number,
  end: number,
): boolean {
  let a = start;
  while (a > 0 && isBlankCode(text.charCodeAt(a - 1))) a--;
  if (a > 0 && !isLineBreak(text.charCodeAt(a - 1))) return false;
  // A cell or an item: no other word on the line ("Turkey", "Turkey 6.0").
  if (!lettersEndAt(text, end)) return false;
  const row = (from: number, step: number): number => {
    // The first word of the nearest line with a letter, or -1.
    let i = from;
    while (i >= 0 && i < text.length && Math.abs(i - from) <= COLUMN_REACH) {
      const c = text.charCodeAt(i);
      if (isLineBreak(c)) {
        i += step;
        continue;
      }
      // A line: find its bounds, then its first letter.
      let s = i;
      while (s > 0 && !isLineBreak(text.charCodeAt(s - 1))) s--;
      let e = i;
      while (e < text.length && !isLineBreak(text.charCodeAt(e))) e++;
      let w = s;
      while (w < e && isBlankCode(text.charCodeAt(w))) w++;
      if (w < e && UPPER[text.charCodeAt(w)] === 1) return w;
      for (let q = w; q < e; q++) if (isLetterCode(text.charCodeAt(q))) return -1;
      i = step < 0 ? s - 1 : e + 1;
    }
    return -1;
  };
  const cell = (pos: number): boolean => {
    const placeEnd = pos < 0 ? -1 : namedPlaceEndAt(t, pairs, contested, pos);
    return placeEnd >= 0 && lettersEndAt(text, placeEnd);
  };
  if (cell(row(a - 1, -1))) return true;
  let b = end;
  while (b < text.length && !isLineBreak(text.charCodeAt(b))) b++;
  return cell(row(b + 1, 1));
}

/**
 * True if no letter follows `end` on its line, but for a country code in
 * brackets right after it ("Turkey (TUR) | 2 | 2 | 9", a medal table).
 */
function lettersEndAt(text: string, end: number): boolean {
  let from = end;
  if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 40) {
    let i = end + 2;
    while (i < end + 6 && UPPER[text.charCodeAt(i)] === 1) i++;
    if (i - end - 2 >= 2 && text.charCodeAt(i) === 41) from = i + 1;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) return true;
    if (isLetterCode(c)) return false;
  }
  return true;
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9;
}

/** True if pair j names a place through an uncontested `alone` alias. */
function isNamedPlace(
  t: MatcherTables,
  pairs: Int32Array,
  contested: IndexSet,
  j: number,
): boolean {
  const a = pairs[j + 5]!;
  return pairs[j + 3] === 0 && !contested.has(a) && (t.aliasFlags[a]! & PLACE) !== 0;
}

function isLineBreak(c: number): boolean {
  let k = CF[c]! >>> 16;
  if (k === 0) k = classify(c);
  return k === NEWLINE;
}

/** Flags of aliases that may name their entity on their own (see {@link namedOnItsOwn}). */
const COMMON_PLACE = COMMON_WORD | PLACE;

/** Per table set: whether any alias may name its entity on its own. */
const selfNamingAliases = new WeakMap<MatcherTables, boolean>();

function hasSelfNamingAliases(t: MatcherTables): boolean {
  let has = selfNamingAliases.get(t);
  if (has === undefined) {
    // A surname after an office names its entity only where a related one
    // is on the page: with no relations in the tables, never.
    has = t.aliasFlags.some(
      (f, a) =>
        (f & ALONE_AFTER_ARTICLE) !== 0 ||
        (f & COMMON_PLACE) === COMMON_PLACE ||
        ((f & CONTEXT_SURNAME) === CONTEXT_SURNAME && t.related[t.aliasEntity[a]!] !== undefined),
    );
    selfNamingAliases.set(t, has);
  }
  return has;
}

/** A place's `aloneAfterArticle` alias ("US"). */
const ALONE_AFTER_ARTICLE_PLACE = ALONE_AFTER_ARTICLE | AliasFlag.Place;

/** {@link namesOnItsOwn}: no. */
const NOT_ON_ITS_OWN = 0;
/** {@link namesOnItsOwn}: yes, unless the local rules reject the span. */
const ON_ITS_OWN = 1;
/** {@link namesOnItsOwn}: yes, if the local rules find nothing doubtful (an Ok verdict). */
const ON_ITS_OWN_IF_OK = 2;

/**
 * {@link namesOnItsOwn}: a surname after an office; yes if the local rules
 * find nothing doubtful and an entity related to it is on the page, even
 * only in context ("Minister Akar" where "Turkey" is): not "Ambassador
 * Jeffrey opened the county fair".
 */
const AFTER_OFFICE = 3;

/** Whether text[start, end), a context alias with record bits `bits`, names its entity on its own. */
function namesOnItsOwn(
  ctx: RuleContext,
  text: string,
  bits: number,
  start: number,
  end: number,
): number {
  // "did you speak with Minister Akar", "Turkey's Akar": the public figure.
  if ((bits & CONTEXT_SURNAME) === CONTEXT_SURNAME) {
    return text.charCodeAt(start - 1) === 32 && publicFigureCue(ctx, start)
      ? AFTER_OFFICE
      : NOT_ON_ITS_OWN;
  }
  if ((bits & ALONE_AFTER_ARTICLE) !== 0) {
    // "the US", "the UN"; "US envoy James Jeffrey", "UN officials".
    const article = wordBefore(text, start);
    if (article !== null && article.end - article.start === 3 && article.folded === 'the') {
      return ON_ITS_OWN;
    }
    if (officialWordAfter(text, end)) return ON_ITS_OWN;
  }
  if ((bits & COMMON_PLACE) !== COMMON_PLACE) return NOT_ON_ITS_OWN;
  // "Turkey's central bank", "Turkey coach Vincenzo Montella"; a label's
  // "Product of Turkey"; "Turkey, the country, has reported…".
  if (
    countryNounAfter(text, end) ||
    productOfBefore(text, start) ||
    text.startsWith(', the country', end)
  ) {
    return ON_ITS_OWN;
  }
  // "tours at Incirlik Air Base in Turkey": a place after a locating word,
  // capitalised mid-sentence in running text.
  return locatedBy(text, start) ? ON_ITS_OWN_IF_OK : NOT_ON_ITS_OWN;
}

/**
 * Entities not otherwise named that a context alias names on its own: a
 * flagged `aloneAfterArticle` alias right after "the" ("the US", "the
 * UN") or before an official's word ("US envoy"), a surname after an
 * office ("Minister Akar"), or a country named like a common word before
 * words only a country takes ("Turkey's central bank", "the Turkey
 * international"). The page names them, so their other context mentions
 * count too. Null if none.
 */
function namedOnItsOwn(
  t: MatcherTables,
  ctx: RuleContext,
  text: string,
  deferred: Int32Array,
  named: Uint8Array,
  near: Near,
): Set<number> | null {
  if (!hasSelfNamingAliases(t)) return null;
  let found: Set<number> | null = null;
  /** Entities with a context candidate on the page, for AFTER_OFFICE (made on first use). */
  let present: Set<number> | null = null;
  for (let i = 0; i < deferred.length; i += DEFER) {
    const r = deferred[i + 2]!;
    const e = deferred[i + 3]!;
    if (named[e] === 1 || found?.has(e)) continue;
    const start = deferred[i]!;
    const end = deferred[i + 1]!;
    let how = namesOnItsOwn(ctx, text, t.records[r + REC_BITS]!, start, end);
    if (how === AFTER_OFFICE) {
      if (present === null) {
        present = new Set();
        for (let k = 0; k < deferred.length; k += DEFER) present.add(deferred[k + 3]!);
      }
      const onPage = present;
      const related = t.related[e]?.some((x) => named[x] === 1 || onPage.has(x)) === true;
      how = related ? ON_ITS_OWN_IF_OK : NOT_ON_ITS_OWN;
    } else if (
      how === NOT_ON_ITS_OWN &&
      (t.records[r + REC_BITS]! & ALONE_AFTER_ARTICLE_PLACE) === ALONE_AFTER_ARTICLE_PLACE &&
      relatedNamed(t.related[e], named)
    ) {
      // "US" with nothing doubtful about it, on a page that names NATO or
      // Turkey outright: the country, which then supports "Washington" and
      // "Pompeo" as "the US" would.
      how = ON_ITS_OWN_IF_OK;
    }
    if (how === NOT_ON_ITS_OWN || !verified(t, text, r, start, end)) continue;
    const verdict = verdictOf(t, ctx, text, r, start, end, resetNear(near));
    if (how === ON_ITS_OWN_IF_OK ? verdict === OK : verdict !== REJECT && verdict !== CONTEST) {
      (found ??= new Set()).add(e);
    }
  }
  return found;
}

/** Other places a page must name for a context place to count there without a related one. */
const PLACES_FOR_A_PLACE = 4;

/** Number of place entities in `named`. */
function countPlacesNamed(t: MatcherTables, named: Uint8Array): number {
  let n = 0;
  for (let e = 0; e < t.entityCount; e++) {
    if (named[e] === 1 && entityHasFlag(t, e, PLACE)) n++;
  }
  return n;
}

/** Where {@link touchRecords} leaves its result, so that its reads are not optimised away. */
const sink = { value: 0 };

/**
 * Reads the first record and alias key of each candidate cands[from…]. The
 * reads are independent, so their cache misses overlap; in the checking loop
 * each one stalled on its own, behind the branches of the previous candidate
 * (measured: ~1.5-2 ms less per 4 MB at 100k aliases).
 */
function touchRecords(records: Int32Array, keys: string, cands: Int32Array, from: number): void {
  let x = 0;
  for (let i = from + 2; i < cands.length; i += 3) {
    x ^= keys.charCodeAt(records[cands[i]! + REC_KEY]!);
  }
  sink.value = x;
}

/**
 * First pass over candidates cands[from…]: verifies each against its alias
 * key and applies the local rules, writing kept PAIR tuples to `pairBuf`,
 * context aliases to `deferBuf` (DEFER tuples) and contested spans to
 * `contestBuf`. Returns the longest contested span so far, given `longest`.
 */
function checkCands(
  t: MatcherTables,
  ctx: RuleContext,
  text: string,
  cands: Int32Array,
  from: number,
  near: Near,
  pairBuf: IntBuffer,
  deferBuf: IntBuffer,
  contested: IndexSet,
  sites: ContestSites,
  contestBuf: IntBuffer,
  longest: number,
  namedSoFar: Uint8Array,
  texts: MentionTexts | null,
  namesakeBuf: IntBuffer,
  invertedBuf: IntBuffer,
  maybeNamesakes: IntBuffer,
): number {
  const { records, aliasKeys } = t;
  touchRecords(records, aliasKeys, cands, from);
  for (let i = from; i < cands.length; i += 3) {
    const start = cands[i]!;
    const end = cands[i + 1]!;
    resetNear(near);
    let verifiedKs = -1;
    let verifiedLen = -1;
    for (let r = cands[i + 2]!; ; r += REC_SIZE) {
      const bits = records[r + REC_BITS]!;
      if ((bits & CONTEXT) !== 0) {
        const e = records[r + REC_ENTITY]!;
        const a = records[r + REC_ALIAS]!;
        // "Akar, Hulusi, 102" in an index names the entity like its full name.
        if (
          invertedFullName(ctx, text, bits, a, start, end, e) &&
          verified(t, text, r, start, end)
        ) {
          const verdict = verdictOf(t, ctx, text, r, start, end, near);
          if (verdict !== REJECT && verdict !== CONTEST) {
            pairBuf.push7(
              start,
              end,
              r,
              0,
              e,
              a,
              texts ? texts.ref(a, e, t, text, start, end) : NO_TEXT,
            );
            namedSoFar[e] = 1;
            invertedBuf.push2(e, start);
            if ((bits & REC_LAST) !== 0) break;
            continue;
          }
        }
        // Verified later, and only if its entity turns out to be named; now,
        // while its text is in cache, if the entity already is and no longer
        // name ends here ("Akar" in "Hulusi Akar" is never picked).
        let verdict = UNCHECKED;
        let ref = NO_TEXT;
        if (namedSoFar[e] !== 1) {
          // A surname after a capitalised word may be someone else's ("Dr.
          // Leyla Akar"), whose later bare mentions are theirs: judged once
          // the page is known to name the entity (see namesakesBefore).
          if ((bits & SURNAME_WORD) === SURNAME_WORD && capitalisedWordBefore(text, start)) {
            maybeNamesakes.push3(r, start, end);
          }
        } else if (!endsPair(pairBuf, start, end)) {
          verdict = verified(t, text, r, start, end)
            ? verdictOf(t, ctx, text, r, start, end, near)
            : REJECT;
          if (texts !== null && verdict !== REJECT && verdict !== CONTEST) {
            ref = texts.ref(a, e, t, text, start, end);
          }
          // (Relatives are told apart when a namesake decides: see NamesakeSweep.)
          if (
            verdict === CONTEST &&
            (bits & SURNAME_WORD) === SURNAME_WORD &&
            surnameOfSomeoneElse(text, start, end) &&
            !declaredBefore(ctx, a, start)
          ) {
            namesakeBuf.push3(a, start, end);
          }
        }
        deferBuf.push7(start, end, r, e, a, verdict, ref);
        if ((bits & REC_LAST) !== 0) break;
        continue;
      }
      const ks = records[r + REC_KEY]!;
      const len = records[r + REC_KEY_LENGTH]!;
      // Aliases ending at one node almost always share the key: compare keys, not the text again.
      if (
        (verifiedKs >= 0 && len === verifiedLen && sameKey(aliasKeys, ks, verifiedKs, len)) ||
        spanMatches(text, start, end, aliasKeys, ks, ks + len)
      ) {
        verifiedKs = ks;
        verifiedLen = len;
        if ((bits & REC_RULES) === 0) {
          if (
            plainRulesOk(text, start, end, bits) &&
            !deceasedBearer(t, text, end, records[r + REC_ENTITY]!)
          ) {
            const e = records[r + REC_ENTITY]!;
            const a = records[r + REC_ALIAS]!;
            pairBuf.push7(
              start,
              end,
              r,
              0,
              e,
              a,
              texts ? texts.ref(a, e, t, text, start, end) : NO_TEXT,
            );
            namedSoFar[e] = 1;
          }
        } else {
          const verdict = verdictOf(t, ctx, text, r, start, end, near);
          if (verdict === CONTEST) {
            // "First lady Emine Erdogan", "his father Hafez al-Assad": a
            // relative introduced as one, on a page about the public
            // figure, is someone else in that span only: the bare surnames
            // around it are still his (as in NamesakeSweep.nearer). Not
            // "his cousin Assad Ali", whose given name it is.
            const relative = (bits & SURNAME_WORD) === SURNAME_WORD && relativeNamed(text, start);
            if (!relative || near.givenNameUse) {
              contestForms(t, contested, records[r + REC_ALIAS]!, sites, start);
              // Only a span of several units can hold a shorter alias.
              if ((bits & SINGLE_WORD) === 0) {
                contestBuf.push3(start, end, records[r + REC_ENTITY]!);
                if (end - start > longest) longest = end - start;
              } else if (
                (bits & SURNAME) !== 0 &&
                !relative &&
                !declaredBefore(ctx, records[r + REC_ALIAS]!, start)
              ) {
                // Someone else with the surname: not family the KB declares
                // ("Hafez al-Assad") nor a relative introduced as one.
                namesakeBuf.push3(records[r + REC_ALIAS]!, start, end);
              }
            }
          } else if (verdict !== REJECT) {
            const support = verdict === WEAK_VERDICT ? 1 : verdict === RELATED_VERDICT ? GATED : 0;
            const e = records[r + REC_ENTITY]!;
            const a = records[r + REC_ALIAS]!;
            pairBuf.push7(
              start,
              end,
              r,
              support,
              e,
              a,
              texts ? texts.ref(a, e, t, text, start, end) : NO_TEXT,
            );
            if (support === 0) {
              namedSoFar[e] = 1;
              // Named even if the surname is contested elsewhere ("Assad,
              // Bashar al-" above "Assad, Hafez al-" in an index).
              if (invertedFullName(ctx, text, bits, a, start, end, e)) invertedBuf.push2(e, start);
            }
          }
        }
      }
      if ((bits & REC_LAST) !== 0) break;
    }
  }

  return longest;
}

/**
 * True if no contest of alias `a` reaches text[start, end) (see
 * ./contest-sites.ts), for a place or an organisation its line supports
 * with a related name ("Peskov Says Kremlin Wants Calm" below "The Kremlin
 * of Wall Street"). Not for people, whose namesakes the sweep places ("the
 * bearer named last"), nor for common words, whose look-alikes ("Turkey
 * prices: why your bird costs") fill a holiday front page.
 */
function contestLifted(
  t: MatcherTables,
  text: string,
  pairs: Int32Array,
  contested: IndexSet,
  sites: ContestSites,
  a: number,
  e: number,
  start: number,
  end: number,
): boolean {
  return (
    (t.aliasFlags[a]! & COMMON_WORD) === 0 &&
    !isPerson(t, e) &&
    supportedNear(t, text, pairs, contested, e, start, end, true) &&
    !sites.reaches(text, a, start)
  );
}

/** True if an inverted full name ("Assad, Bashar al-, 12") starts at `start`: (entity, start) pairs in `inverted`. */
function isInverted(inverted: IntBuffer, start: number): boolean {
  for (let k = 1; k < inverted.length; k += 2) if (inverted.data[k] === start) return true;
  return false;
}

/** True if pair `i` names its entity through a name of several words that counts on its own. */
function isFullName(t: MatcherTables, pairs: Int32Array, i: number): boolean {
  return pairs[i + 3] === 0 && (t.aliasFlags[pairs[i + 5]!]! & SINGLE_WORD) === 0;
}

/** True if LATE tuple late[l…] is a full name counting on its own merits ("James Jeffrey" with the US named). */
function isLateFullName(
  t: MatcherTables,
  late: Int32Array,
  l: number,
  contested: IndexSet,
): boolean {
  const a = late[l + 5]!;
  return late[l + 3] === DONE && (t.aliasFlags[a]! & SINGLE_WORD) === 0 && !contested.has(a);
}

/**
 * Adds to `namesakes` the surnames of `maybe` ((record, start, end) of
 * context surnames after a capitalised word, seen before their entity was
 * named) that are someone else's, now that `named` tells which entities the
 * page names: "Dr. Leyla Akar" above a world-news box naming Hulusi Akar.
 * Appends: see {@link sortNamesakes}.
 */
function namesakesBefore(
  t: MatcherTables,
  ctx: RuleContext,
  text: string,
  maybe: IntBuffer,
  named: Uint8Array,
  namesakes: IntBuffer,
  near: Near,
): void {
  const list = maybe.data;
  for (let k = 0; k < maybe.length; k += 3) {
    const r = list[k]!;
    const a = t.records[r + REC_ALIAS]!;
    const start = list[k + 1]!;
    const end = list[k + 2]!;
    if (named[t.records[r + REC_ENTITY]!] !== 1 || !verified(t, text, r, start, end)) continue;
    if (verdictOf(t, ctx, text, r, start, end, resetNear(near)) !== CONTEST) continue;
    if (!surnameOfSomeoneElse(text, start, end) || declaredBefore(ctx, a, start)) continue;
    namesakes.push3(a, start, end);
  }
}

/** Sorts the (alias, start, end) triples of `namesakes` by start, if they are not in that order. */
function sortNamesakes(namesakes: IntBuffer): void {
  const d = namesakes.data;
  let sorted = true;
  for (let k = 4; k < namesakes.length && sorted; k += 3) sorted = d[k - 3]! <= d[k]!;
  if (sorted) return;
  const all = namesakes.data.slice(0, namesakes.length);
  const order = Array.from({ length: all.length / 3 }, (_, q) => q * 3).sort(
    (x, y) => all[x + 1]! - all[y + 1]!,
  );
  order.forEach((o, q) => {
    d[q * 3] = all[o]!;
    d[q * 3 + 1] = all[o + 1]!;
    d[q * 3 + 2] = all[o + 2]!;
  });
}

/**
 * True if the surname at text[start, end), judged someone else's, is used
 * as their surname: after their given name or initial ("Dr. Leyla Akar",
 * "V. Peskov") or before a comma and their given name ("Akar, Oya"). Not
 * someone's given name ("Jeffrey Epstein", "a son, Jeffrey"): a bare
 * "Jeffrey" later is not Epstein.
 */
function surnameOfSomeoneElse(text: string, start: number, end: number): boolean {
  return (
    text.charCodeAt(end) === 44 ||
    capitalisedWordBefore(text, start) ||
    initialBefore(text, start) !== null
  );
}

/** Longest text {@link calledBySurname} searches (a page is spotted in pieces of at most 128 KB). */
const SURNAME_SEARCH_CHARS = 1 << 18;

/**
 * True if the word text[start, end) (someone's surname after their given
 * name) also stands on its own elsewhere in `text`, not after a capitalised
 * word: the page calls that person by their surname, as news does.
 */
function calledBySurname(text: string, start: number, end: number): boolean {
  if (text.length > SURNAME_SEARCH_CHARS) return false;
  const word = text.slice(start, end);
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    if (p === start || isWordCode(text.charCodeAt(p - 1))) continue;
    if (isWordCode(text.charCodeAt(p + word.length))) continue;
    if (!capitalisedWordBefore(text, p)) return true;
  }
  return false;
}

/** True if a capitalised word, then spaces, directly precede `start`. */
function capitalisedWordBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (i < 1 || text.charCodeAt(i) !== 32) return false;
  while (i > 0 && text.charCodeAt(i - 1) === 32) i--;
  let w = i;
  while (w > 0 && isWordCode(text.charCodeAt(w - 1))) w--;
  return w < i && UPPER[text.charCodeAt(w)] === 1;
}

/**
 * True if record bits `bits` are a one-word surname's (alias `a`), followed
 * by an inverted full name of entity `e` or its own initials (see
 * `ownNameAfterComma`, `ownInitialsAfterComma`).
 */
function invertedFullName(
  ctx: RuleContext,
  text: string,
  bits: number,
  a: number,
  start: number,
  end: number,
  e: number,
): boolean {
  return (
    (bits & SURNAME_WORD) === SURNAME_WORD &&
    text.charCodeAt(end) === 44 &&
    (ownNameAfterComma(ctx, start, end, e) || ownInitialsAfterComma(ctx, a, start, end, e))
  );
}

/** True if the last pair in `pairs` ends at `end` and starts before `start`. */
function endsPair(pairs: IntBuffer, start: number, end: number): boolean {
  const n = pairs.length;
  return n > 0 && pairs.data[n - PAIR + 1] === end && pairs.data[n - PAIR]! < start;
}

/** Finds the mentions in `text`, using `scratch`'s buffers. */
export function resolveMentions(
  t: MatcherTables,
  text: string,
  scratch: Scratch = new Scratch(),
): Mention[] {
  const count = pickMentions(t, text, scratch, true);
  const picked = scratch.picked.data;
  const texts = scratch.texts;
  const out = new Array<Mention>(count);
  for (let i = 0; i < count; i++) {
    const o = i * PICK;
    const ref = picked[o + 3]!;
    out[i] = {
      entityId: texts.idOf(ref),
      text: texts.textOf(ref),
      start: picked[o]!,
      end: picked[o + 1]!,
    };
  }
  texts.clear();
  return out;
}

/**
 * The mentions in `text` as flat (start, end, entity index) triples, sorted
 * by start: {@link resolveMentions} without making a string or an object per
 * mention (see `Matcher.findSpans`).
 */
export function resolveSpans(
  t: MatcherTables,
  text: string,
  scratch: Scratch = new Scratch(),
): Int32Array {
  const count = pickMentions(t, text, scratch, false);
  const picked = scratch.picked.data;
  const spans = new Int32Array(count * 3);
  for (let i = 0; i < count; i++) {
    spans[i * 3] = picked[i * PICK]!;
    spans[i * 3 + 1] = picked[i * PICK + 1]!;
    spans[i * 3 + 2] = picked[i * PICK + 2]!;
  }
  return spans;
}

/**
 * Picks the mentions in `text` into `scratch.picked` as PICK tuples (start,
 * end, entity, mention texts reference) and returns how many there are.
 * With `withTexts`, the references point into `scratch.texts`, which the
 * caller empties once it has read them; without, no strings are made.
 */
function pickMentions(
  t: MatcherTables,
  text: string,
  scratch: Scratch,
  withTexts: boolean,
): number {
  const ctx = new NewRuleContext(t, text, scratch.breaks.clear().view());
  // One Near for the page, reset per span: an object per candidate was a
  // large share of the garbage matching made.
  const near = newNear();
  // Tuples refer to an alias by its record offset (see ./load.ts): its
  // flags, entity and index are then in one cache line.
  const expected = (text.length >> 6) + 64;
  // Flat PAIR tuples.
  const pairBuf = scratch.pairs.clear(expected * PAIR);
  // Flat DEFER tuples of context aliases, decided once support is known.
  const deferBuf = scratch.deferred.clear(expected * DEFER);
  /** Alias indexes with a Contest verdict somewhere on the page. */
  const contested = scratch.contestedAliases.reset(t.aliasFlags.length);
  /** Where each contest stands: one in a headline reaches no other headline. */
  const sites = scratch.contestSites.clear();
  /** Flat (start, end, entity) of contested spans, and the longest one's length. */
  const contestBuf = scratch.contestedSpans.clear();
  let longestContest = 0;
  // The first pass runs block by block behind the scanner, while the text
  // and tables it has just read are still in cache. The scanner returns at a
  // line break past each block rather than calling back: a callback got
  // inlined into the scan loop, and the loop ran slower for it.
  const found = scratch.cands.clear(1024 + (text.length >> 6));
  const breaks = scratch.breaks.clear();
  const act = newActive();
  // Entities named so far by a pair that needs no support: a first guess at
  // `named` below, for the early verdicts in checkCands only.
  const namedSoFar = scratch.entityFlags(t.entityCount, 3);
  const namesakeBuf = scratch.namesakes.clear();
  const invertedBuf = scratch.inverted.clear();
  const maybeNamesakes = scratch.maybeNamesakes.clear();
  const texts = withTexts ? scratch.texts : null;
  texts?.clear();
  let checked = 0;
  for (let pos = 0; pos < text.length;) {
    pos = scanBlock(t, text, pos, pos + BLOCK_CHARS, found, breaks, act);
    const cands = found.view();
    ctx.lines.breaks = breaks.view();
    longestContest = checkCands(
      t,
      ctx,
      text,
      cands,
      checked,
      near,
      pairBuf,
      deferBuf,
      contested,
      sites,
      contestBuf,
      longestContest,
      namedSoFar,
      texts,
      namesakeBuf,
      invertedBuf,
      maybeNamesakes,
    );
    checked = cands.length;
  }
  if (checked === 0) return 0;

  let pairs = pairBuf.view();
  let deferred = deferBuf.view();
  if (contestBuf.length > 0) {
    const spans = contestBuf.view();
    pairs = dropInsideContested(t, pairs, PAIR, 4, spans, longestContest, contested, sites);
    deferred = dropInsideContested(t, deferred, DEFER, 3, spans, longestContest, contested, sites);
  }
  // Entities named on this page through an alias that stands on its own, and
  // those named through a span no other entity claims (to choose between
  // entities sharing an alias: "Hafez al-Assad … Assad" is Hafez).
  const named = scratch.entityFlags(t.entityCount, 0);
  const namedAlone = scratch.entityFlags(t.entityCount, 1);
  let gated = false;
  for (let i = 0; i < pairs.length; i += PAIR) {
    if (pairs[i + 3] !== 0 || contested.has(pairs[i + 5]!)) {
      if (pairs[i + 3] === GATED) gated = true;
      continue;
    }
    const e = pairs[i + 4]!;
    named[e] = 1;
    if (namedAlone[e] === 0 && !sharedSpan(pairs, i)) namedAlone[e] = 1;
  }
  for (let k = 0; k < invertedBuf.length; k += 2) named[invertedBuf.data[k]!] = 1;
  if (gated) acceptGated(t, text, pairs, contested, named, namedAlone);

  // Context aliases. Of a named entity: accepted iff the local rules say Ok
  // or Weak, and a Contest verdict would change nothing elsewhere (a
  // contested alias still counts where its entity is named), so the rules
  // can wait for the pick. Of an entity only a related one names: a Contest
  // verdict rejects the alias everywhere, so decide now.
  const lateBuf = scratch.late.clear((deferred.length / DEFER) * LATE + 64);
  const onItsOwn = namedOnItsOwn(t, ctx, text, deferred, named, near);
  /** Place entities named on the page, counted once a context place asks. */
  let placesNamed: number | undefined;
  const checkedNamesakes = namesakeBuf.length;
  let ownNames = false;
  for (let i = 0; i < deferred.length; i += DEFER) {
    const r = deferred[i + 2]!;
    const e = deferred[i + 3]!;
    const a = deferred[i + 4]!;
    if (named[e] === 1) {
      let early = deferred[i + 5]!;
      if ((t.records[r + REC_BITS]! & COMMON_WORD) !== 0) {
        // "Hand Turkey Craft" on a page that writes "Türkiye" once: a
        // common word capitalised only by its place needs support near it
        // even where its entity is named.
        const start = deferred[i]!;
        const end = deferred[i + 1]!;
        if (early === UNCHECKED) {
          early = verified(t, text, r, start, end)
            ? verdictOf(t, ctx, text, r, start, end, resetNear(near))
            : REJECT;
        }
        if (early === WEAK_VERDICT) lateBuf.push7(start, end, r, WEAK, e, a, deferred[i + 6]!);
        else if (early !== REJECT && early !== CONTEST) {
          lateBuf.push7(start, end, r, DONE, e, a, deferred[i + 6]!);
        }
        continue;
      }
      if (early === UNCHECKED) {
        lateBuf.push7(deferred[i]!, deferred[i + 1]!, r, LAZY, e, a, NO_TEXT);
      } else if (early !== REJECT && early !== CONTEST) {
        lateBuf.push7(deferred[i]!, deferred[i + 1]!, r, CHECKED, e, a, deferred[i + 6]!);
      }
      continue;
    }
    const start = deferred[i]!;
    const end = deferred[i + 1]!;
    const place = (t.records[r + REC_BITS]! & PLACE) !== 0;
    // A place a context name names on its own ("the US") supports related
    // places and people like one named outright ("Washington", "US envoy
    // James Jeffrey"); not organisations, whose initials name other things
    // too ("GNA", the Ghana News Agency).
    const related =
      onItsOwn?.has(e) === true ||
      relatedNamed(t.related[e], named) ||
      (onItsOwn !== null &&
        (place || isPerson(t, e)) &&
        t.related[e]?.some((other) => onItsOwn.has(other)) === true) ||
      // "7 Turkey Mor ve Ötesi 138" in a table of contestants from Russia,
      // Greece, Israel…: on a page of places, a place named like a common
      // word is the place, whatever its relations. (Not a place named like a
      // person: "Megan Washington" on a festival bill.)
      (place &&
        (t.aliasFlags[a]! & COMMON_WORD) !== 0 &&
        (placesNamed ??= countPlacesNamed(t, named)) >= PLACES_FOR_A_PLACE);
    if (!related && !place) continue;
    if (!verified(t, text, r, start, end)) continue;
    // "flights to Greece and Turkey", "Istanbul, Turkey": a place listed
    // next to a named place is the place, with or without a related name.
    // "born in Gaziantep, Turkey": a place named like a common word, after a
    // town, is the country (not "Walla Walla, Washington": a town's state).
    const listed =
      place &&
      (((t.aliasFlags[a]! & COMMON_WORD) !== 0 && afterTownInCountry(text, start)) ||
        listedWithPlace(t, text, pairs, contested, start, end));
    if (!related && !listed) continue;
    const verdict = verdictOf(t, ctx, text, r, start, end, resetNear(near));
    if (verdict === REJECT) continue;
    if (verdict === CONTEST) {
      // "Former UN official Jeffrey Feltman": someone whose given name is
      // the entity's surname. A bare "Jeffrey" goes to the bearer named
      // last ("Jeffrey Dean Morgan. Jeffrey, 59, wore …"), not nowhere on
      // the page.
      if (near.givenNameUse && (t.aliasFlags[a]! & NAME_PART) === SURNAME) {
        // Unless the page calls that person by their surname ("Feltman now
        // teaches at Brookings"): then a bare "Jeffrey" is a surname too.
        if (near.nextStart < 0 || !calledBySurname(text, near.nextStart, near.nextEnd)) {
          namesakeBuf.push3(a, start, end);
        }
      } else contestForms(t, contested, a, sites, start);
    } else {
      let state = listed ? LISTED : verdict === WEAK_VERDICT ? WEAK : DONE;
      // "U.S. envoy Jeffrey": an office before a common name part says which
      // bearer it is, as the full name or an own initial would.
      if (
        state === DONE &&
        isCommonNamePart(t, a, e) &&
        !initialed(ctx, text, a, e, end) &&
        !publicFigureCue(ctx, start)
      ) {
        state = OWN_NAME;
        ownNames = true;
      }
      lateBuf.push7(start, end, r, state, e, a, NO_TEXT);
    }
  }
  const late = lateBuf.view();
  if (pairs.length === 0 && late.length === 0) return 0;
  // Entities with a context mention that counts on its own merits ("Turkey"
  // mid-sentence): the same word opening a sentence elsewhere is then the same entity.
  let okSeen: Uint8Array | null = null;
  for (let l = 0; l < late.length; l += LATE) {
    if (late[l + 3] !== DONE && late[l + 3] !== LISTED) continue;
    if (contested.has(late[l + 5]!)) continue;
    (okSeen ??= scratch.entityFlags(t.entityCount, 2))[late[l + 4]!] = 1;
  }
  // Entities with a full name that counts, for OWN_NAME tuples.
  let fullNamed: Uint8Array | null = null;
  if (ownNames) {
    fullNamed = scratch.entityFlags(t.entityCount, 4);
    for (let l = 0; l < late.length; l += LATE) {
      if (isLateFullName(t, late, l, contested)) fullNamed[late[l + 4]!] = 1;
    }
  }

  if (maybeNamesakes.length > 0) {
    namesakesBefore(t, ctx, text, maybeNamesakes, named, namesakeBuf, resetNear(near));
  }
  // The first pass found its namesakes in page order; the later ones come after them.
  if (namesakeBuf.length > checkedNamesakes) sortNamesakes(namesakeBuf);
  // Whose is a bare surname on a page that names another bearer of it
  // (most pages have none: then nothing is built or asked).
  let sweep: NamesakeSweep | null = null;
  const isRelative = (at: number): boolean => relativeNamed(text, at);
  if (namesakeBuf.length > 0) {
    const fullNames = scratch.fullNames.clear();
    for (let i = 0; i < pairs.length; i += PAIR) {
      if (isFullName(t, pairs, i)) fullNames.push2(pairs[i + 4]!, pairs[i]!);
    }
    // "James Jeffrey", a name that counts only in context.
    for (let l = 0; l < late.length; l += LATE) {
      if (isLateFullName(t, late, l, contested)) fullNames.push2(late[l + 4]!, late[l]!);
    }
    sweep = new NamesakeSweep(
      namesakeBuf,
      fullNames,
      t.aliasEntity,
      t.entityCount,
      scratch.namesakeSlots,
    );
  }

  // Accepted ACC tuples, in order of end.
  const accBuf = scratch.accepted.clear((pairs.length / PAIR + late.length / LATE) * ACC + 64);
  let l = 0;
  for (let i = 0; i <= pairs.length; i += PAIR) {
    const end = i < pairs.length ? pairs[i + 1]! : 0x7fffffff;
    for (; l < late.length && late[l + 1]! <= end; l += LATE) {
      const r = late[l + 2]!;
      const state = late[l + 3]!;
      const le = late[l + 4]!;
      const la = late[l + 5]!;
      // On a sports page a bare surname needs its entity (or a related
      // one) named in its line: "Hulusi Akar" in a world-news rail is not
      // the "Akar (5) PPG" of the box score.
      if ((t.aliasFlags[la]! & CONTEXT_SURNAME) === CONTEXT_SURNAME) {
        if (
          ctx.sportsPage() &&
          !supportedNear(t, text, pairs, contested, le, late[l]!, late[l + 1]!, true)
        ) {
          continue;
        }
        // "Dr. Leyla Akar … AKAR: Thank you": the bearer named last.
        // ("Akar, H." with the entity's own initial is the entity.)
        if (
          sweep !== null &&
          sweep.nearer(le, late[l]!, isRelative) &&
          !initialed(ctx, text, la, le, late[l + 1]!) &&
          !publicFigureCue(ctx, late[l]!)
        ) {
          continue;
        }
      }
      if (
        sweep !== null &&
        isLateFullName(t, late, l, contested) &&
        !namedInPassing(text, late[l]!, late[l + 1]!)
      ) {
        sweep.passFullName(le, late[l + 1]!);
      }
      if (state === LAZY || state === CHECKED) {
        const pick = state === LAZY ? LAZY : DONE;
        accBuf.push8(late[l]!, late[l + 1]!, r, 1, pick, le, la, late[l + 6]!);
        continue;
      }
      // An alias contested elsewhere ("Turkey Day" on a homepage) still names
      // the place where a locating word or a related name near it says so
      // ("Turkey arrests dozens tied to Istanbul mayor's party"), as for pairs.
      // A span that names its entity on its own ("Product of Turkey",
      // "Turkey, the country") counts beside a contest or a positional capital.
      const self =
        onItsOwn?.has(le) === true &&
        namesOnItsOwn(ctx, text, t.records[r + REC_BITS]!, late[l]!, late[l + 1]!) === ON_ITS_OWN;
      // "Judge Ayşe Akar … Minister Akar": a surname after an office is the
      // public figure beside a namesake, as for pairs.
      if (
        contested.has(la) &&
        named[le] === 0 &&
        state !== LISTED &&
        !self &&
        !((t.aliasFlags[la]! & SURNAME_WORD) === SURNAME_WORD && publicFigureCue(ctx, late[l]!)) &&
        !placeRescued(t, ctx, text, pairs, contested, la, le, late[l]!, late[l + 1]!, true) &&
        !contestLifted(t, text, pairs, contested, sites, la, le, late[l]!, late[l + 1]!)
      ) {
        continue;
      }
      if (state === OWN_NAME && fullNamed?.[le] !== 1) continue;
      // A capital the position gives says nothing on a page that also writes
      // the word in lower case ("Poutine ou galvaude ?" beside "la poutine"):
      // that span needs a related name near it, whatever the page says elsewhere.
      if (
        state === WEAK &&
        !self &&
        (okSeen?.[le] !== 1 ||
          ((t.aliasFlags[la]! & COMMON_WORD) !== 0 && ctx.usesLowerCase(la))) &&
        !supportedNear(t, text, pairs, contested, le, late[l]!, late[l + 1]!)
      ) {
        continue;
      }
      accBuf.push8(late[l]!, late[l + 1]!, r, 1, DONE, le, la, late[l + 6]!);
    }
    if (i === pairs.length) break;
    const e = pairs[i + 4]!;
    const a = pairs[i + 5]!;
    let ok: boolean;
    const surnameWord = (t.aliasFlags[a]! & SURNAME_WORD) === SURNAME_WORD;
    // A surname after an office ("Turkish President Erdogan"), asked once
    // where a contest or a namesake hangs on the pair.
    let office = false;
    // A namesake of the surname in another form or script counts like one
    // of this alias ("Никита Песков" … "Пескову 24 года").
    if (contested.has(a) || (sweep !== null && surnameWord && sweep.hasNamesake(e))) {
      office = surnameWord && publicFigureCue(ctx, pairs[i]!);
      // "Moscow, Russia" on a page that also has "Moscow, ID"; "a chef from
      // Aleppo" or "Aleppo, Syria's second city" on a page that also has
      // "Aleppo pepper". A bare surname goes to the bearer named last before
      // it ("Marina Peskov … Peskov said").
      ok =
        (named[e] === 1 &&
          (sweep === null ||
            (t.aliasFlags[a]! & SINGLE_WORD) === 0 ||
            !sweep.nearer(e, pairs[i]!, isRelative) ||
            isInverted(invertedBuf, pairs[i]!))) ||
        // "Turkish President Erdogan" beside a grill owner named Mehmet Erdogan.
        office ||
        ((t.aliasFlags[a]! & PLACE) !== 0 &&
          listedWithPlace(t, text, pairs, contested, pairs[i]!, end)) ||
        placeRescued(t, ctx, text, pairs, contested, a, e, pairs[i]!, end, false) ||
        // "Peskov Says Kremlin Wants Calm" three headlines below "The
        // Kremlin of Wall Street". (Never a person's surname: see contestLifted.)
        (pairs[i + 3] === 0 &&
          contestLifted(t, text, pairs, contested, sites, a, e, pairs[i]!, end));
    } else if (pairs[i + 3] === 0 || named[e] === 1) ok = true;
    else if (pairs[i + 3] === GATED) ok = false;
    else ok = supportedNear(t, text, pairs, contested, e, pairs[i]!, end);
    if (ok)
      accBuf.push8(pairs[i]!, end, pairs[i + 2]!, pairs[i + 3]! & 1, DONE, e, a, pairs[i + 6]!);
    // A surname after an office ("Kremlsprecher Peskow") names the public
    // figure, beside a namesake or a family member the KB declares.
    if (ok && office) named[e] = 1;
    if (sweep !== null) {
      // A full name, or that surname: the bearer named last from here on.
      // "the elder daughter of Sergei Shoigu … Shoigu said": she is.
      if (isFullName(t, pairs, i)) {
        if (!namedInPassing(text, pairs[i]!, end)) sweep.passFullName(e, end);
      } else if (ok && office && sweep.hasNamesake(e)) sweep.passFullName(e, end);
    }
  }

  const acc = accBuf.view();
  const n = acc.length / ACC;
  const aliasCount = t.aliasFlags.length;
  const order = pickOrder({ acc, named, namedAlone, step: aliasCount + 1 }, scratch.order(n));

  const picked = scratch.picked.clear(n * PICK).data;
  let count = 0;
  let lastEnd = -1;
  for (let i = 0; i < n; i++) {
    const o = order[i]! * ACC;
    const start = acc[o]!;
    if (start < lastEnd) continue;
    const end = acc[o + 1]!;
    if (acc[o + 4] === LAZY) {
      const r = acc[o + 2]!;
      if (!verified(t, text, r, start, end)) continue;
      const verdict = verdictOf(t, ctx, text, r, start, end, resetNear(near));
      if (verdict === REJECT || verdict === CONTEST) continue;
    }
    let ref = acc[o + 7]!;
    if (texts !== null && ref === NO_TEXT) {
      ref = texts.ref(acc[o + 6]!, acc[o + 5]!, t, text, start, end);
    }
    const p = count * PICK;
    picked[p] = start;
    picked[p + 1] = end;
    picked[p + 2] = acc[o + 5]!;
    picked[p + 3] = ref;
    count++;
    lastEnd = end;
  }
  return dropDisowned(t, ctx, text, picked, count);
}

/**
 * "Peskov – no relation to Dmitry Peskov, the Kremlin press secretary": a
 * page about a namesake who shares the public figure's whole name. The
 * figure is then only where the page names them against the namesake, or
 * after an office ("Kremlin spokesman Dmitry Peskov"); the rest of the
 * page's mentions of that name are the namesake's. Returns the new count of
 * PICK tuples in `picked` (most pages disown no one: one pass, no change).
 */
function dropDisowned(
  t: MatcherTables,
  ctx: RuleContext,
  text: string,
  picked: Int32Array,
  count: number,
): number {
  let disowned: number[] | null = null;
  for (let i = 0; i < count; i++) {
    const p = i * PICK;
    const start = picked[p]!;
    const end = picked[p + 1]!;
    if (!disownedBefore(text, start, end) && !disclaimerAfter(text, end)) continue;
    const e = picked[p + 2]!;
    if (!isPerson(t, e)) continue;
    disowned ??= [];
    if (!disowned.includes(e)) disowned.push(e);
  }
  if (disowned === null) return count;
  let n = 0;
  for (let i = 0; i < count; i++) {
    const p = i * PICK;
    const start = picked[p]!;
    if (
      disowned.includes(picked[p + 2]!) &&
      disclaimerStart(text, start) < 0 &&
      !publicFigureCue(ctx, start)
    ) {
      continue;
    }
    const q = n * PICK;
    for (let k = 0; k < PICK; k++) picked[q + k] = picked[p + k]!;
    n++;
  }
  return n;
}
