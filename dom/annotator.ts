/**
 * Collect → match → highlight, in slices. One resumable walk over the page
 * (see {@link createTextCursor}) hands out pieces of text that end at block
 * boundaries; each piece is matched and marked at once, and sizes adapt so a
 * piece costs a few milliseconds. Between pieces the annotator checks its
 * time budget and yields to the event loop, so a huge page never produces a
 * long task, and every node is visited once: cost stays linear in the text.
 *
 * Context rules ("Akar" only counts where Hulusi Akar is named) need the whole
 * page. Pieces are matched with a short preamble naming the entities already
 * seen on the page, and pieces matched before a later discovery are matched
 * again at the end.
 */
import type { EntityType } from '@/lib/kb/types';
import type { Matcher, Mention } from '@/lib/matcher/index';
import { buildMark, highlightApi, type HighlightRegistry, type Mark } from './highlight-registry';
import { createTextCursor, type TextSnapshot } from './text-collector';
import type { YieldFn } from './yield';

/** Inline elements: a name may continue across them, so they never split text. */
export const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/**
 * First piece size. Large enough that a typical article is one piece (one
 * matcher call, nothing to match again for late context); small enough that
 * the first, cold matcher call on a huge page stays well inside a slice.
 */
const FIRST_PIECE_CHARS = 64_000;
/** Bounds for the adaptive piece size. */
const MIN_PIECE_CHARS = 2_000;
const MAX_PIECE_CHARS = 64_000;
/** A block longer than this many pieces is cut between text nodes. */
const HARD_CUT_FACTOR = 4;
/** Target main-thread time of one piece (collect + match + mark). */
const PIECE_TARGET_MS = 4;
/** Ranges put into Highlights per step (each add costs a few microseconds). */
const FLUSH_STEP = 1_500;
/** Yield once a slice has run this long; a piece is sized to fit well inside it. */
const SLICE_BUDGET_MS = 8;

/** Per-entity info the annotator needs from the KB. */
export interface EntityInfo {
  type: EntityType;
  /** Folded `alone` aliases; a mention through one of them gives context to others. */
  aloneKeys: ReadonlySet<string>;
  /** One `alone` alias, written into the context preamble. */
  contextText: string | undefined;
  /** Folded texts of every alias: a chunk holding none of them cannot gain a mention of it. */
  allKeys: readonly string[];
  /** Entities related to this one (either direction): their mention gives it context. */
  related: readonly string[];
}

/** See {@link createAnnotator}. */
export interface AnnotatorOptions {
  doc: Document;
  matcher: Matcher;
  registry: HighlightRegistry;
  entities: ReadonlyMap<string, EntityInfo>;
  /** Folds mention text the same way `aloneKeys` were folded. */
  fold: (text: string) => string;
  isTypeEnabled: (type: EntityType) => boolean;
  yieldToMain: YieldFn;
  now?: () => number;
  /** Size of the first piece of text (tests use small pieces to exercise chunking). */
  firstPieceChars?: number;
}

/** What a pass did. */
export interface AnnotateStats {
  chars: number;
  marks: number;
  /** Main-thread time spent inside the annotator (excludes yields). */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  /** Where the time went: text collection, matching, building and adding highlights. */
  collectMs: number;
  matchMs: number;
  markMs: number;
  /** Matcher calls, and the duration of the first (on a fresh page it pays the JIT warm-up). */
  matchCalls: number;
  firstMatchMs: number;
  /** Characters matched a second time because context was found later on the page. */
  rematchedChars: number;
  aborted: boolean;
}

/** See {@link createAnnotator}. */
export interface Annotator {
  /** Clear all marks and annotate the whole document. */
  annotateDocument(signal?: AbortSignal): Promise<AnnotateStats>;
  /** Re-annotate these subtrees (their old marks are dropped first). */
  annotateRoots(roots: readonly Node[], signal?: AbortSignal): Promise<AnnotateStats>;
  /** Forget which entities were seen (after a navigation). */
  resetContext(): void;
}

interface Piece {
  snap: TextSnapshot;
  /** Entities seen once this piece was matched (its own finds were in its context). */
  seenAfter: number;
}

export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const { doc, matcher, registry, entities, fold, isTypeEnabled, yieldToMain } = opts;
  const now = opts.now ?? (() => performance.now());
  const api = highlightApi(doc);
  /** Entities mentioned through an `alone` alias, in discovery order. */
  const seen = new Set<string>();
  let preamble = '';
  /** Piece size; adapts to this page and machine, and is kept across passes. */
  let pieceChars = opts.firstPieceChars ?? FIRST_PIECE_CHARS;
  const minPiece = Math.min(MIN_PIECE_CHARS, pieceChars);

  function rebuildPreamble(): void {
    const lines: string[] = [];
    for (const id of seen) {
      const text = entities.get(id)?.contextText;
      if (text) lines.push(text);
    }
    preamble = lines.length > 0 ? lines.join('\n') + '\n\n' : '';
  }

  function noteSeen(mentions: readonly Mention[]): void {
    let grew = false;
    for (const m of mentions) {
      if (seen.has(m.entityId)) continue;
      const info = entities.get(m.entityId);
      if (info?.aloneKeys.has(fold(m.text))) {
        seen.add(m.entityId);
        grew = true;
      }
    }
    if (grew) rebuildPreamble();
  }

  /** Match and mark one collected piece. */
  function matchPiece(snap: TextSnapshot, stats: AnnotateStats, again: boolean): void {
    const { text, segments } = snap;
    if (text.length === 0 || !api) return;
    const t1 = now();
    const offset = preamble.length;
    const found = matcher.findMentions(offset > 0 ? preamble + text : text);
    const t2 = now();
    if (stats.matchCalls === 0) stats.firstMatchMs = t2 - t1;
    stats.matchCalls++;
    stats.matchMs += t2 - t1;
    // Mentions inside the preamble are not on the page; the rest are shifted by it.
    const mentions = offset > 0 ? found.filter((m) => m.start >= offset) : found;
    noteSeen(mentions);
    const marks: Mark[] = [];
    let cursor = 0;
    for (const m of mentions) {
      const info = entities.get(m.entityId);
      if (!info || !isTypeEnabled(info.type)) continue;
      const built = buildMark(api, segments, cursor, m, info.type, offset);
      cursor = built.next;
      const mark = built.mark;
      // Matched again after yielding: the page may have changed this text since.
      if (
        mark &&
        again &&
        !mark.parts.every((p) => p.node.isConnected && p.node.data.length >= p.end)
      )
        continue;
      if (mark) marks.push(mark);
    }
    registry.add(marks);
    stats.markMs += now() - t2;
  }

  /**
   * Whether entities first seen after a piece was matched could add a mention
   * to it: some alias of theirs, or of an entity related to them, occurs in
   * the piece's folded text. Most pieces hold none, and skip a second match.
   */
  function mayGain(text: string, newlySeen: readonly string[]): boolean {
    const keys = new Set<string>();
    for (const id of newlySeen) {
      const info = entities.get(id);
      if (!info) continue;
      for (const k of info.allKeys) keys.add(k);
      for (const r of info.related) for (const k of entities.get(r)?.allKeys ?? []) keys.add(k);
    }
    if (keys.size === 0) return false;
    const folded = fold(text);
    for (const k of keys) if (k && folded.includes(k)) return true;
    return false;
  }

  async function run(roots: readonly Node[], signal?: AbortSignal): Promise<AnnotateStats> {
    const stats: AnnotateStats = {
      chars: 0,
      marks: 0,
      busyMs: 0,
      slices: 0,
      longestSliceMs: 0,
      collectMs: 0,
      matchMs: 0,
      markMs: 0,
      matchCalls: 0,
      firstMatchMs: 0,
      rematchedChars: 0,
      aborted: false,
    };
    const done: Piece[] = [];
    const cursor = createTextCursor(roots);
    let sliceStart = now();

    const endSlice = () => {
      const spent = now() - sliceStart;
      stats.busyMs += spent;
      stats.slices++;
      if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
    };
    /** Yields if this slice has used its budget (or would, with one more piece). */
    const maybeYield = async (nextCostMs = 0): Promise<boolean> => {
      if (now() - sliceStart + nextCostMs < SLICE_BUDGET_MS) return true;
      endSlice();
      await yieldToMain();
      sliceStart = now();
      if (signal?.aborted) {
        stats.aborted = true;
        return false;
      }
      return true;
    };

    // Once a batch of highlights is due, commit it a step per slice until done.
    let flushing = false;
    const flushStep = () => {
      if (!flushing && !registry.shouldFlush) return;
      const t0 = now();
      flushing = registry.flush(FLUSH_STEP) > 0;
      stats.markMs += now() - t0;
    };

    let perChar = 0;
    for (;;) {
      const t0 = now();
      const snap = cursor.next(pieceChars, pieceChars * HARD_CUT_FACTOR);
      stats.collectMs += now() - t0;
      if (!snap) break;
      const calls = stats.matchCalls;
      matchPiece(snap, stats, false);
      const chars = snap.text.length;
      stats.chars += chars;
      done.push({ snap, seenAfter: seen.size });
      // Size the next piece from this one's cost; the first (cold) call says little.
      if (chars >= 1_000 && calls > 0) {
        perChar = (now() - t0) / chars;
        const target = PIECE_TARGET_MS / Math.max(perChar, 1e-6);
        pieceChars = Math.round(Math.min(MAX_PIECE_CHARS, Math.max(minPiece, target)));
      } else if (calls === 0 && chars > 0) {
        pieceChars = Math.min(pieceChars, Math.max(minPiece, 16_000));
      }
      flushStep();
      if (!(await maybeYield(perChar * pieceChars))) return stats;
    }

    // Pieces matched before an entity was first seen may hold context-only
    // mentions of it (or of its relatives): match them again.
    const order = [...seen];
    for (const p of done) {
      if (p.seenAfter === order.length || !mayGain(p.snap.text, order.slice(p.seenAfter))) continue;
      if (!(await maybeYield(perChar * p.snap.text.length))) return stats;
      const t0 = now();
      registry.removeNodes(p.snap.segments.map((s) => s.node));
      stats.markMs += now() - t0;
      matchPiece(p.snap, stats, true);
      stats.rematchedChars += p.snap.text.length;
    }
    for (;;) {
      const t0 = now();
      const left = registry.flush(FLUSH_STEP);
      stats.markMs += now() - t0;
      if (left === 0) break;
      if (!(await maybeYield())) return stats;
    }
    endSlice();
    stats.marks = registry.size;
    return stats;
  }

  return {
    async annotateDocument(signal) {
      registry.clear();
      const body = doc.body ?? doc.documentElement;
      return run(body ? [body] : [], signal);
    },
    annotateRoots(roots, signal) {
      for (const root of roots) registry.removeWithin(root);
      return run(roots, signal);
    },
    resetContext() {
      seen.clear();
      preamble = '';
    },
  };
}
