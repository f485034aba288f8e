/**
 * Collect → spot → highlight, in slices. One resumable walk over the page
 * (see {@link createTextCursor}) hands out pieces of text that end at block
 * boundaries. Each piece is spotted elsewhere (the background, whose matcher
 * stays compiled and warm across pages: on a fresh page the matcher's first
 * call would run cold in the interpreter, on the page's main thread) and
 * marked when the answer comes back. Piece sizes adapt so collecting and
 * marking a piece costs a few milliseconds; between pieces the annotator
 * yields, so a huge page never produces a long task, and every node is
 * visited once: cost stays linear in the text.
 *
 * Context rules ("Akar" only counts where Hulusi Akar is named) need the whole
 * page: each piece is spotted with the entities already named on the page
 * (see {@link PieceRequest.context}), and pieces spotted before a later
 * discovery are asked about again at the end.
 */
import type { EntityType } from '@/lib/kb/types';
import type { PieceRequest, PieceSpots } from '@/lib/spotting/page-spotter';
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
 * round trip to the spotter, nothing to spot again for late context).
 */
const FIRST_PIECE_CHARS = 64_000;
/** Bounds for the adaptive piece size. */
const MIN_PIECE_CHARS = 2_000;
const MAX_PIECE_CHARS = 128_000;
/** A block longer than this many pieces is cut between text nodes. */
const HARD_CUT_FACTOR = 4;
/** Target main-thread time of one piece (collect + mark). */
const PIECE_TARGET_MS = 4;
/** Ranges put into Highlights per step (each add costs a few microseconds). */
const FLUSH_STEP = 1_500;
/** Yield once a slice has run this long; a piece is sized to fit well inside it. */
const SLICE_BUDGET_MS = 8;

/** Spots one piece (in the extension: a message to the background). */
export type SpotFn = (request: PieceRequest) => Promise<PieceSpots | null>;

/** See {@link createAnnotator}. */
export interface AnnotatorOptions {
  doc: Document;
  spot: SpotFn;
  registry: HighlightRegistry;
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
  /** Main-thread time by phase: text collection, handing pieces to the spotter, building and adding highlights. */
  collectMs: number;
  sendMs: number;
  markMs: number;
  /** Spot requests, and the wall-clock time spent waiting for their answers (not main-thread time). */
  spotCalls: number;
  spotWaitMs: number;
  firstSpotWaitMs: number;
  /** Characters spotted a second time because context was found later on the page. */
  rematchedChars: number;
  aborted: boolean;
}

/** See {@link createAnnotator}. */
export interface Annotator {
  /** Annotate the whole document afresh: earlier marks give way as its answers arrive. */
  annotateDocument(signal?: AbortSignal): Promise<AnnotateStats>;
  /** Re-annotate these subtrees (their old marks are dropped first). */
  annotateRoots(roots: readonly Node[], signal?: AbortSignal): Promise<AnnotateStats>;
  /** Forget which entities were seen (after a navigation). */
  resetContext(): void;
  /** The page changed this text node's data (or removed it): answers collected before do not apply. */
  textChanged(node: Text): void;
  /** The page changed otherwise (nodes added or removed): answers collected before are checked. */
  pageChanged(): void;
}

interface Piece {
  snap: TextSnapshot;
  /** Page changes counted when the piece was collected. */
  collectedAt: number;
  /** Passes started when the piece was collected. */
  startedAt: number;
  /** Entities seen once this piece was spotted (its own finds were in its context). */
  seenAfter: number;
}

export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const { doc, spot, registry, isTypeEnabled, yieldToMain } = opts;
  const now = opts.now ?? (() => performance.now());
  const api = highlightApi(doc);
  /** Entities named outright on the page, in discovery order: the context of later pieces. */
  let seen: string[] = [];
  /** Piece size; adapts to this page and machine, and is kept across passes. */
  let pieceChars = opts.firstPieceChars ?? FIRST_PIECE_CHARS;
  const minPiece = Math.min(MIN_PIECE_CHARS, pieceChars);

  /**
   * Text nodes the page changed, with the change's sequence number: a piece
   * collected before a change must not mark that node with its stale answer.
   * `changes` also counts other page mutations (nodes removed, added).
   */
  const changedAt = new WeakMap<Text, number>();
  let changes = 0;
  /** Passes running now, and passes started so far: another may mark the same text. */
  let running = 0;
  let started = 0;

  /**
   * Whether a mark built from a piece collected at `collectedAt` still fits
   * the page. Marks in `replacing` are on their way out and do not count as
   * marking the text already.
   */
  function stillFits(
    mark: Mark,
    collectedAt: number,
    othersMayHaveMarked: boolean,
    replacing: ReadonlySet<Mark> | null,
  ): boolean {
    if (changes !== collectedAt) {
      for (const p of mark.parts) {
        if (!p.node.isConnected || (changedAt.get(p.node) ?? 0) > collectedAt) return false;
      }
    }
    if (!othersMayHaveMarked) return true;
    // Another pass (a mutation batch) may have marked this text meanwhile.
    const first = mark.parts[0]!;
    const there = registry.marksAt(first.node);
    return !there?.some(
      (m) =>
        m.parts[0]!.node === first.node && m.parts[0]!.start === first.start && !replacing?.has(m),
    );
  }

  /** The mark in `old` that `mark` repeats (same entity, same text), if any. */
  function repeated(mark: Mark, old: ReadonlySet<Mark>): Mark | undefined {
    const there = registry.marksAt(mark.parts[0]!.node);
    if (!there) return undefined;
    return there.find(
      (m) =>
        old.has(m) &&
        m.entityId === mark.entityId &&
        m.parts.length === mark.parts.length &&
        m.parts.every(
          (p, k) =>
            p.node === mark.parts[k]!.node &&
            p.start === mark.parts[k]!.start &&
            p.end === mark.parts[k]!.end,
        ),
    );
  }

  /**
   * Marks a spotted piece. Marks in `old` (the text's marks until now) that
   * the answer repeats are kept, and taken out of `old`: on a second pass
   * most marks are, and each Highlight change costs the page.
   */
  function markPiece(
    piece: Piece,
    spots: PieceSpots,
    old: Set<Mark> | null = null,
    kept: Set<Mark> | null = null,
  ): void {
    if (!api) return;
    const { segments } = piece.snap;
    const { spans, entities } = spots;
    const enabled = entities.map((e) => isTypeEnabled(e.type));
    const othersMayHaveMarked = running > 1 || started !== piece.startedAt;
    // The usual case (nothing changed since the piece was collected) checks nothing per mark.
    const check = othersMayHaveMarked || changes !== piece.collectedAt;
    const marks: Mark[] = [];
    const cursor = { at: 0 };
    for (let i = 0; i < spans.length; i += 3) {
      const index = spans[i]!;
      if (!enabled[index]) continue;
      const entity = entities[index]!;
      const mark = buildMark(
        segments,
        cursor,
        entity.id,
        entity.type,
        spans[i + 1]!,
        spans[i + 2]!,
      );
      if (!mark) continue;
      const same = old ? repeated(mark, old) : undefined;
      if (same) {
        old!.delete(same);
        kept?.add(same);
        continue;
      }
      if (!check || stillFits(mark, piece.collectedAt, othersMayHaveMarked, old)) marks.push(mark);
    }
    registry.add(marks);
  }

  function noteSeen(ids: readonly string[]): void {
    // A new array (requests already made keep theirs), copied once per call rather than per id.
    let next: string[] | null = null;
    for (const id of ids) {
      if (next ? next.includes(id) : seen.includes(id)) continue;
      next ??= seen.slice();
      next.push(id);
    }
    if (next) seen = next;
  }

  /** Text nodes of `piece` the page has not changed since it was collected. */
  function unchangedNodes(piece: Piece): Text[] {
    const unchanged: Text[] = [];
    for (const seg of piece.snap.segments) {
      if ((changedAt.get(seg.node) ?? 0) <= piece.collectedAt) unchanged.push(seg.node);
    }
    return unchanged;
  }

  /**
   * Marks a piece in place of the marks its text had: those from an earlier
   * pass, or from this one before a later discovery. Text changed since the
   * piece was collected keeps its marks (a mutation batch marked it afresh).
   */
  function replaceMarks(piece: Piece, spots: PieceSpots, kept: Set<Mark> | null): void {
    const old = new Set<Mark>();
    for (const node of unchangedNodes(piece)) {
      for (const mark of registry.marksAt(node) ?? []) old.add(mark);
    }
    markPiece(piece, spots, old, kept);
    registry.removeMarks([...old]);
  }

  async function run(
    roots: readonly Node[],
    signal?: AbortSignal,
    previous: readonly Mark[] | null = null,
  ): Promise<AnnotateStats> {
    running++;
    started++;
    try {
      return await runPieces(roots, signal, previous);
    } finally {
      running--;
    }
  }

  /**
   * `previous`: marks made before this full pass. They stay until the answer
   * for their text arrives (and those it repeats stay for good); the ones left
   * at the end, on text the pass no longer reads, go then.
   */
  async function runPieces(
    roots: readonly Node[],
    signal: AbortSignal | undefined,
    previous: readonly Mark[] | null,
  ): Promise<AnnotateStats> {
    /** Marks of `previous` that this pass's answers repeated. */
    const kept = previous ? new Set<Mark>() : null;
    const stats: AnnotateStats = {
      chars: 0,
      marks: 0,
      busyMs: 0,
      slices: 0,
      longestSliceMs: 0,
      collectMs: 0,
      sendMs: 0,
      markMs: 0,
      spotCalls: 0,
      spotWaitMs: 0,
      firstSpotWaitMs: 0,
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
    const resume = (): boolean => {
      sliceStart = now();
      if (signal?.aborted) stats.aborted = true;
      return !stats.aborted;
    };
    /** Yields if this slice has used its budget (or would, with one more piece). */
    const maybeYield = async (nextCostMs = 0): Promise<boolean> => {
      if (now() - sliceStart + nextCostMs < SLICE_BUDGET_MS) return true;
      endSlice();
      await yieldToMain();
      return resume();
    };
    /** Asks the spotter; the main thread is free while it works. Null: aborted. */
    const spotPiece = async (request: PieceRequest): Promise<PieceSpots | null | undefined> => {
      // Sending copies the text on this thread: that part is main-thread time.
      const t0 = now();
      const sending = spot(request);
      stats.sendMs += now() - t0;
      endSlice();
      const asked = now();
      const answer = await sending;
      const waited = now() - asked;
      if (stats.spotCalls === 0) stats.firstSpotWaitMs = waited;
      stats.spotCalls++;
      stats.spotWaitMs += waited;
      return resume() ? answer : undefined;
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
      const collected = now() - t0;
      stats.collectMs += collected;
      if (!snap) break;
      const chars = snap.text.length;
      if (chars === 0) continue;
      stats.chars += chars;
      const piece: Piece = { snap, collectedAt: changes, startedAt: started, seenAfter: 0 };
      const spots = await spotPiece({ text: snap.text, context: seen });
      if (spots === undefined) return stats;
      const t1 = now();
      if (spots) {
        noteSeen(spots.seen);
        if (previous) replaceMarks(piece, spots, kept);
        else markPiece(piece, spots);
      } else if (previous) {
        registry.removeNodes(unchangedNodes(piece));
      }
      piece.seenAfter = seen.length;
      done.push(piece);
      stats.markMs += now() - t1;
      // Size the next piece from this one's main-thread cost.
      if (chars >= 1_000) {
        perChar = (collected + now() - t1) / chars;
        const target = PIECE_TARGET_MS / Math.max(perChar, 1e-6);
        pieceChars = Math.round(Math.min(MAX_PIECE_CHARS, Math.max(minPiece, target)));
      }
      flushStep();
      if (!(await maybeYield(perChar * pieceChars))) return stats;
    }

    // Pieces spotted before an entity was first seen may hold context-only
    // mentions of it (or of its relatives): ask about them again.
    for (const p of done) {
      if (p.seenAfter === seen.length) continue;
      const spots = await spotPiece({
        text: p.snap.text,
        context: seen,
        onlyIfGains: seen.slice(p.seenAfter),
      });
      if (spots === undefined) return stats;
      if (!spots) continue;
      const t0 = now();
      replaceMarks(p, spots, kept);
      stats.markMs += now() - t0;
      stats.rematchedChars += p.snap.text.length;
      if (!(await maybeYield(perChar * p.snap.text.length))) return stats;
    }
    if (previous) {
      const t0 = now();
      registry.removeMarks(previous.filter((mark) => !kept!.has(mark)));
      stats.markMs += now() - t0;
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
      // Earlier marks stay until this pass has its answer for their text: a
      // KB or settings change, or an SPA navigation, never leaves the page
      // unmarked while the spotter works.
      const previous = registry.size > 0 ? registry.snapshot() : null;
      const body = doc.body ?? doc.documentElement;
      return run(body ? [body] : [], signal, previous);
    },
    annotateRoots(roots, signal) {
      for (const root of roots) registry.removeWithin(root);
      return run(roots, signal);
    },
    resetContext() {
      seen = [];
    },
    textChanged(node) {
      changedAt.set(node, ++changes);
    },
    pageChanged() {
      changes++;
    },
  };
}
