/**
 * Watches the page for text changes without doing work in the observer
 * callback: records only go into sets, and a batch is processed later on an
 * idle (or animation-frame) callback. Batches are throttled, and the interval
 * backs off while the page keeps changing (a live ticker), so a busy page
 * costs the extension almost nothing.
 */
import { INLINE_TAGS } from './annotator';

/** One processed batch. */
export interface MutationBatch {
  /** Nodes that left the document (their text must drop its marks). */
  removed: Node[];
  /** Outermost block-level subtrees whose text changed, connected, deduplicated. */
  changed: Element[];
}

/** See {@link createMutationQueue}. */
export interface MutationQueueOptions {
  doc: Document;
  /** Our own UI (shadow host): its changes are ignored. */
  isOwnNode: (node: Node) => boolean;
  onBatch: (batch: MutationBatch) => Promise<void> | void;
  /**
   * Called at once, inside the observer callback, for a text node whose data
   * changed or that left the page: dropping its marks is O(1) and must not
   * wait, or a stale range would paint the wrong characters until the batch.
   */
  invalidateText?: (node: Text) => void;
  /** Called at once, inside the observer callback, whenever the page changed at all. */
  onChange?: () => void;
  /** Shortest interval between batches; doubles while changes keep coming. */
  minIntervalMs?: number;
  maxIntervalMs?: number;
}

/** See {@link createMutationQueue}. */
export interface MutationQueue {
  start(): void;
  stop(): void;
  /** Drop everything queued (a full pass is about to run). */
  reset(): void;
  /** Current throttle interval (for tests and the bench). */
  readonly intervalMs: number;
}

/** The nearest ancestor-or-self element that is not inline (names never cross it). */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (el && INLINE_TAGS.has(el.tagName.toUpperCase()) && el.parentElement) el = el.parentElement;
  return el;
}

/** Keep only the outermost of a set of elements. */
export function outermost(elements: Iterable<Element>): Element[] {
  const list = [...new Set(elements)];
  if (list.length > 64) {
    // Many roots: climbing is cheaper than pairwise containment tests.
    const set = new Set(list);
    return list.filter((el) => {
      for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
      return true;
    });
  }
  return list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
}

export function createMutationQueue(opts: MutationQueueOptions): MutationQueue {
  const { doc, isOwnNode, onBatch, invalidateText, onChange } = opts;
  const win = doc.defaultView;
  const minInterval = opts.minIntervalMs ?? 200;
  const maxInterval = opts.maxIntervalMs ?? 5_000;
  const removed = new Set<Node>();
  const changed = new Set<Node>();
  let interval = minInterval;
  /** Batches in a row that found new changes already waiting. */
  let streak = 0;
  let lastBatchEnd = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let observer: MutationObserver | null = null;

  function onRecords(records: MutationRecord[]): void {
    if (records.length > 0) onChange?.();
    for (const r of records) {
      const target = r.target;
      if (isOwnNode(target)) continue;
      if (r.type === 'characterData') {
        if (target.nodeType === 3) invalidateText?.(target as Text);
        changed.add(target);
        continue;
      }
      let textChanged = false;
      for (const n of r.removedNodes) {
        if (isOwnNode(n)) continue;
        if (n.nodeType === 3) invalidateText?.(n as Text);
        else removed.add(n);
        textChanged = true;
      }
      for (const n of r.addedNodes) {
        if (isOwnNode(n)) continue;
        textChanged = true;
      }
      // The parent is queued (not the added node): a name may join old and new text.
      if (textChanged) changed.add(target);
    }
    if (removed.size > 0 || changed.size > 0) schedule();
  }

  function schedule(): void {
    if (timer !== undefined || running) return;
    const now = performance.now();
    const wait = Math.max(0, lastBatchEnd + interval - now);
    timer = setTimeout(() => {
      // Safari has no requestIdleCallback: fall back to the next frame.
      const idle = win as Partial<Pick<Window, 'requestIdleCallback'>> | null;
      if (win && typeof idle?.requestIdleCallback === 'function') {
        win.requestIdleCallback(() => void flush(), { timeout: 500 });
      } else if (win) win.requestAnimationFrame(() => void flush());
      else void flush();
    }, wait);
  }

  async function flush(): Promise<void> {
    timer = undefined;
    if (!observer) return;
    // Anything still pending in the observer belongs to this batch.
    onRecords(observer.takeRecords());
    const batch: MutationBatch = { removed: [...removed], changed: [] };
    const blocks: Element[] = [];
    for (const n of changed) {
      if (!n.isConnected) continue;
      const block = blockOf(n);
      if (block && !isOwnNode(block)) blocks.push(block);
    }
    batch.changed = outermost(blocks);
    removed.clear();
    changed.clear();
    const started = performance.now();
    // Back off while the page never rests (a ticker: changes waiting at every
    // batch); a page that changes now and then keeps the short interval.
    if (started - lastBatchEnd < interval * 2) streak++;
    else streak = 0;
    interval = streak >= 3 ? Math.min(maxInterval, interval * 2) : minInterval;
    running = true;
    try {
      await onBatch(batch);
    } finally {
      running = false;
      lastBatchEnd = performance.now();
      if (removed.size > 0 || changed.size > 0) schedule();
    }
  }

  return {
    start() {
      if (observer || !win) return;
      observer = new win.MutationObserver(onRecords);
      observer.observe(doc, { childList: true, subtree: true, characterData: true });
    },
    stop() {
      observer?.disconnect();
      observer = null;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      removed.clear();
      changed.clear();
    },
    reset() {
      observer?.takeRecords();
      removed.clear();
      changed.clear();
    },
    get intervalMs() {
      return interval;
    },
  };
}
