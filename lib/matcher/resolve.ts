/**
 * Page-level resolution: verifies candidates against their aliases, applies
 * the local rules, then the page rules (a `context` alias needs an `alone`
 * mention of its entity or a related one; a contested alias needs its entity
 * named another way), and picks leftmost-longest non-overlapping mentions.
 * Allocation-free for the common candidate (a plain alias that verifies).
 */
import * as fold from '../text/fold';
import { AliasFlag } from './compiled';
import type { MatcherTables } from './load';
import { checkLocal, RuleContext, Verdict, type Near } from './rules';
import { scanCandidates } from './scan';
import type { Mention } from './types';

const CLS = fold.charClassTable;
const FOLD = fold.foldTable;
const UPPER = fold.upperTable;
const classify = fold.classify;
const WORD = fold.CharClass.Word;
const IGNORABLE = fold.CharClass.Ignorable;
const SPACE = fold.CharClass.Space;
const NEWLINE = fold.CharClass.Newline;

/** Flags that need the full local rules; other aliases only need the case check. */
const RULE_FLAGS =
  AliasFlag.CaseSensitive |
  AliasFlag.Surname |
  AliasFlag.GivenName |
  AliasFlag.CommonWord |
  AliasFlag.Place;

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
  let p = ks;
  let inWord = false;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let k = CLS[c]!;
    if (k === 0) k = classify(c);
    if (k === WORD) {
      if (!inWord) {
        if (count > 0 && keys.charCodeAt(p++) !== 32) return false;
        inWord = true;
        count++;
      }
      if (keys.charCodeAt(p++) !== FOLD[c]) return false;
      continue;
    }
    if (k === IGNORABLE) continue;
    inWord = false;
    if (k === SPACE || k === NEWLINE) continue;
    if (keys.charCodeAt(p++) !== 32 || keys.charCodeAt(p++) !== FOLD[c]) return false;
    count++;
  }
  return p === ke;
}

function sameKey(keys: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (keys.charCodeAt(a + i) !== keys.charCodeAt(b + i)) return false;
  return true;
}

/** Plain alias case rule: a capital first letter (one word) or some capital (several). */
function caseOk(text: string, start: number, end: number, flags: number): boolean {
  if ((flags & AliasFlag.AliasHasUpper) === 0) return true;
  if (flags & AliasFlag.SingleWord) return UPPER[text.charCodeAt(start)] === 1;
  for (let i = start; i < end; i++) if (UPPER[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Sorts (start, end, alias, support) tuples by start asc, end desc, rank asc;
 * returns them as a new flat array.
 */
function sortTuples(p: number[], ranks: Float64Array): number[] {
  const n = p.length / 4;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort(
    (x, y) => p[x * 4]! - p[y * 4]! || p[y * 4 + 1]! - p[x * 4 + 1]! || ranks[x]! - ranks[y]!,
  );
  const out = new Array<number>(p.length);
  for (let i = 0; i < n; i++) {
    const o = order[i]! * 4;
    out[i * 4] = p[o]!;
    out[i * 4 + 1] = p[o + 1]!;
    out[i * 4 + 2] = p[o + 2]!;
    out[i * 4 + 3] = p[o + 3]!;
  }
  return out;
}

const contexts = new WeakMap<MatcherTables, { text: string; ctx: RuleContext }>();

/** Local verdict for alias `a` at text[start, end). */
function verdictOf(
  t: MatcherTables,
  text: string,
  a: number,
  start: number,
  end: number,
  near: Near,
): number {
  const flags = t.aliasFlags[a]!;
  if ((flags & RULE_FLAGS) !== 0 || t.notBefore[a] !== undefined || t.notAfter[a] !== undefined) {
    let cached = contexts.get(t);
    if (cached?.text !== text) {
      cached = { text, ctx: new RuleContext(t, text) };
      contexts.set(t, cached);
    }
    return checkLocal(cached.ctx, a, start, end, near);
  }
  return caseOk(text, start, end, flags) ? Verdict.Ok : Verdict.Reject;
}

/** True if pair i's span is also a pair of another entity (same-span pairs are adjacent). */
function sharedSpan(pairs: number[], i: number, aliasEntity: Int32Array): boolean {
  const e = aliasEntity[pairs[i + 2]!]!;
  for (let j = i - 4; j >= 0 && pairs[j] === pairs[i] && pairs[j + 1] === pairs[i + 1]; j -= 4) {
    if (aliasEntity[pairs[j + 2]!] !== e) return true;
  }
  for (
    let j = i + 4;
    j < pairs.length && pairs[j] === pairs[i] && pairs[j + 1] === pairs[i + 1];
    j += 4
  ) {
    if (aliasEntity[pairs[j + 2]!] !== e) return true;
  }
  return false;
}

function relatedNamed(related: number[] | undefined, named: Set<number>): boolean {
  if (!related) return false;
  for (const r of related) if (named.has(r)) return true;
  return false;
}

/** Finds the mentions in `text`. */
export function resolveMentions(t: MatcherTables, text: string): Mention[] {
  const cands = scanCandidates(t, text);
  if (cands.length === 0) return [];
  const { termStart, termAlias, aliasFlags, aliasEntity, aliasKeys, keyStart } = t;
  // Flat (start, end, alias, needsSupport) tuples.
  const pairs: number[] = [];
  // Flat (start, end, alias) of context aliases, checked once support is known.
  const deferred: number[] = [];
  let contested: Set<number> | null = null;

  for (let i = 0; i < cands.length; i += 3) {
    const start = cands[i]!;
    const end = cands[i + 1]!;
    const node = cands[i + 2]!;
    let near: Near | null = null;
    let verifiedKs = -1;
    let verifiedLen = -1;
    for (let j = termStart[node]!; j < termStart[node + 1]!; j++) {
      const a = termAlias[j]!;
      const ks = keyStart[a]!;
      const len = keyStart[a + 1]! - 1 - ks;
      // Aliases ending at one node almost always share the key: compare keys, not the text again.
      if (verifiedKs < 0 || len !== verifiedLen || !sameKey(aliasKeys, ks, verifiedKs, len)) {
        if (!spanMatches(text, start, end, aliasKeys, ks, ks + len)) continue;
        verifiedKs = ks;
        verifiedLen = len;
      }
      if ((aliasFlags[a]! & AliasFlag.Context) !== 0) {
        // Decided after the page's alone mentions are known (most never need the rules).
        deferred.push(start, end, a);
        continue;
      }
      const verdict = verdictOf(t, text, a, start, end, (near ??= {}));
      if (verdict === Verdict.Reject) continue;
      if (verdict === Verdict.Contest) {
        (contested ??= new Set()).add(a);
        continue;
      }
      pairs.push(start, end, a, verdict === Verdict.Weak ? 1 : 0);
    }
  }

  // Entities named on this page through an alias that stands on its own, and
  // those named through a span no other entity claims (to choose between
  // entities sharing an alias: "Hafez al-Assad … Assad" is Hafez).
  const named = new Set<number>();
  const namedAlone = new Set<number>();
  for (let i = 0; i < pairs.length; i += 4) {
    const a = pairs[i + 2]!;
    if (pairs[i + 3] !== 0 || contested?.has(a)) continue;
    const e = aliasEntity[a]!;
    named.add(e);
    if (!sharedSpan(pairs, i, aliasEntity)) namedAlone.add(e);
  }

  for (let i = 0; i < deferred.length; i += 3) {
    const a = deferred[i + 2]!;
    const e = aliasEntity[a]!;
    if (!named.has(e) && !relatedNamed(t.related[e], named)) continue;
    const start = deferred[i]!;
    const end = deferred[i + 1]!;
    const verdict = verdictOf(t, text, a, start, end, {});
    if (verdict === Verdict.Reject) continue;
    if (verdict === Verdict.Contest) (contested ??= new Set()).add(a);
    else pairs.push(start, end, a, 1);
  }
  if (pairs.length === 0) return [];

  const accepted: number[] = [];
  for (let i = 0; i < pairs.length; i += 4) {
    const a = pairs[i + 2]!;
    const e = aliasEntity[a]!;
    let ok: boolean;
    if (contested?.has(a)) ok = named.has(e);
    else if (pairs[i + 3] === 0 || named.has(e)) ok = true;
    else ok = relatedNamed(t.related[e], named);
    if (ok) accepted.push(pairs[i]!, pairs[i + 1]!, a, pairs[i + 3]!);
  }

  // Same span, several aliases: prefer one that stands alone, then an entity
  // named on the page, then KB order.
  const ranks = new Float64Array(accepted.length / 4);
  for (let x = 0; x < ranks.length; x++) {
    const a = accepted[x * 4 + 2]!;
    ranks[x] =
      accepted[x * 4 + 3]! * 4 +
      (namedAlone.has(aliasEntity[a]!) ? 0 : 2) +
      (named.has(aliasEntity[a]!) ? 0 : 1) +
      a / (aliasFlags.length + 1);
  }
  const sorted = sortTuples(accepted, ranks);

  const out: Mention[] = [];
  let lastEnd = -1;
  for (let i = 0; i < sorted.length; i += 4) {
    const start = sorted[i]!;
    if (start < lastEnd) continue;
    const end = sorted[i + 1]!;
    out.push({
      entityId: t.entityIds[aliasEntity[sorted[i + 2]!]!]!,
      text: text.slice(start, end),
      start,
      end,
    });
    lastEnd = end;
  }
  return out;
}
