/**
 * Collect → match → highlight, in slices. The page is split into units
 * (subtrees of bounded text size) that are collected and matched a few at a
 * time; between slices the annotator yields to the event loop, so a huge page
 * never produces a long task, and cost stays linear in the page's text.
 *
 * Context rules ("Akar" only counts where Hulusi Akar is named) need the whole
 * page. Chunks are matched with a short preamble naming the entities already
 * seen on the page, and chunks matched before a later discovery are matched
 * again at the end.
 */
import type { EntityType } from '@/lib/kb/types';
import type { Matcher, Mention } from '@/lib/matcher/index';
import { buildMark, highlightApi, type HighlightRegistry, type Mark } from './highlight-registry';
import { collectText } from './text-collector';
import type { YieldFn } from './yield';

/** Elements whose text is never marked (the collector skips them too; we skip them early). */
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SVG',
  'BACKSTORY-UI',
]);

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

/** Largest unit (in characters of textContent) before a subtree is split further. */
const MAX_UNIT_CHARS = 16_000;
/** Bounds for the adaptive chunk size. */
const MIN_CHUNK_CHARS = 1_000;
const MAX_CHUNK_CHARS = 32_000;
/** Target main-thread time of one chunk, and of one slice before yielding. */
const CHUNK_TARGET_MS = 4;
/** Ranges put into Highlights per step (each add costs a few microseconds). */
const FLUSH_STEP = 4_000;
const SLICE_BUDGET_MS = 10;

/** Whether `node` is an element the annotator never looks into. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const id = el.id;
  if (id && id.startsWith('backstory-')) return true;
  return false;
}

/** Whether an element is inline (names may run across it). */
export function isInline(node: Node): boolean {
  if (node.nodeType === 3) return true;
  return node.nodeType === 1 && INLINE_TAGS.has((node as Element).tagName.toUpperCase());
}

/** Subtrees of `root` in document order, each with at most ~MAX_UNIT_CHARS of text. */
export function* unitsOf(root: Node, maxUnit = MAX_UNIT_CHARS): Generator<Node> {
  if (root.nodeType === 3) {
    yield root;
    return;
  }
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const size = root.nodeType === 9 ? Infinity : (root.textContent?.length ?? 0);
  if (size === 0) return;
  if (size <= maxUnit || !root.firstChild) {
    yield root;
    return;
  }
  const shadow = root.nodeType === 1 ? (root as Element).shadowRoot : null;
  if (shadow) {
    // The collector descends into open shadow roots; keep the host whole.
    yield root;
    return;
  }
  for (let child: ChildNode | null = root.firstChild; child; child = child.nextSibling) {
    yield* unitsOf(child, maxUnit);
  }
}

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

interface Chunk {
  units: Node[];
  /** Entities seen once this chunk was matched (its own finds were in its context). */
  seenAfter: number;
  /** The chunk's collected text, to test cheaply whether a later find concerns it. */
  text: string;
}

export function createAnnotator(opts: AnnotatorOptions): Annotator {
  const { doc, matcher, registry, entities, fold, isTypeEnabled, yieldToMain } = opts;
  const now = opts.now ?? (() => performance.now());
  const api = highlightApi(doc);
  /** Entities mentioned through an `alone` alias, in discovery order. */
  const seen = new Set<string>();
  let preamble = '';
  let chunkChars = 2_000;

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

  /** Collect, match and mark one chunk of units. Returns the collected text. */
  function runChunk(units: readonly Node[], stats: AnnotateStats): string {
    const segments: { node: Text; start: number; end: number }[] = [];
    let text = '';
    let prev: Node | null = null;
    const t0 = now();
    for (const unit of units) {
      if (!unit.isConnected) continue;
      const snap = collectText(unit);
      if (snap.text.length === 0) continue;
      const sep = prev && !(isInline(prev) && isInline(unit)) ? '\n' : '';
      const base = text.length + sep.length;
      text += sep + snap.text;
      for (const s of snap.segments) {
        segments.push({ node: s.node, start: s.start + base, end: s.end + base });
      }
      prev = unit;
    }
    const t1 = now();
    stats.collectMs += t1 - t0;
    if (text.length === 0 || !api) return text;
    const offset = preamble.length;
    const found = matcher.findMentions(preamble + text);
    const t2 = now();
    stats.matchMs += t2 - t1;
    const mentions: Mention[] = [];
    for (const m of found) {
      if (m.start < offset) continue;
      mentions.push({ ...m, start: m.start - offset, end: m.end - offset });
    }
    noteSeen(mentions);
    const marks: Mark[] = [];
    let cursor = 0;
    for (const m of mentions) {
      const info = entities.get(m.entityId);
      if (!info || !isTypeEnabled(info.type)) continue;
      const built = buildMark(api, segments, cursor, m, info.type);
      cursor = built.next;
      if (built.mark) marks.push(built.mark);
    }
    registry.add(marks);
    stats.markMs += now() - t2;
    stats.marks += marks.length;
    return text;
  }

  /**
   * Whether entities first seen after a chunk was matched could add a mention
   * to it: some alias of theirs, or of an entity related to them, occurs in
   * the chunk's folded text. Most chunks hold none, and skip a second match.
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

  async function run(units: Iterable<Node>, signal?: AbortSignal): Promise<AnnotateStats> {
    const stats: AnnotateStats = {
      chars: 0,
      marks: 0,
      busyMs: 0,
      slices: 0,
      longestSliceMs: 0,
      collectMs: 0,
      matchMs: 0,
      markMs: 0,
      rematchedChars: 0,
      aborted: false,
    };
    const done: Chunk[] = [];
    let sliceStart = now();

    const endSlice = () => {
      const spent = now() - sliceStart;
      stats.busyMs += spent;
      stats.slices++;
      if (spent > stats.longestSliceMs) stats.longestSliceMs = spent;
    };
    const maybeYield = async (): Promise<boolean> => {
      if (now() - sliceStart < SLICE_BUDGET_MS) return true;
      endSlice();
      await yieldToMain();
      sliceStart = now();
      if (signal?.aborted) {
        stats.aborted = true;
        return false;
      }
      return true;
    };
    const process = (chunk: Node[]) => {
      const t0 = now();
      const text = runChunk(chunk, stats);
      const chars = text.length;
      stats.chars += chars;
      if (chars > 0) {
        const perChar = (now() - t0) / chars;
        if (perChar > 0) {
          const target = CHUNK_TARGET_MS / perChar;
          chunkChars = Math.round(
            Math.min(MAX_CHUNK_CHARS, Math.max(MIN_CHUNK_CHARS, (chunkChars + target) / 2)),
          );
        }
      }
      done.push({ units: chunk, seenAfter: seen.size, text });
    };

    // Once a batch of highlights is due, commit it a step per slice until done.
    let flushing = false;
    const flushStep = () => {
      if (!flushing && !registry.shouldFlush) return;
      const t0 = now();
      flushing = registry.flush(FLUSH_STEP) > 0;
      stats.markMs += now() - t0;
    };

    let chunk: Node[] = [];
    let size = 0;
    for (const unit of units) {
      chunk.push(unit);
      size += unit.textContent?.length ?? 0;
      if (size >= chunkChars) {
        process(chunk);
        chunk = [];
        size = 0;
        flushStep();
        if (!(await maybeYield())) return stats;
      }
    }
    if (chunk.length > 0) process(chunk);

    // Chunks matched before an entity was first seen may hold context-only
    // mentions of it (or of its relatives): match them again.
    const order = [...seen];
    for (const c of done) {
      if (c.seenAfter === order.length || !mayGain(c.text, order.slice(c.seenAfter))) continue;
      if (!(await maybeYield())) return stats;
      for (const u of c.units) registry.removeWithin(u);
      stats.rematchedChars += runChunk(c.units, stats).length;
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
      if (!body) return run([], signal);
      return run(unitsOf(body), signal);
    },
    annotateRoots(roots, signal) {
      function* all(): Generator<Node> {
        for (const root of roots) yield* unitsOf(root);
      }
      for (const root of roots) registry.removeWithin(root);
      return run(all(), signal);
    },
    resetContext() {
      seen.clear();
      preamble = '';
    },
  };
}
