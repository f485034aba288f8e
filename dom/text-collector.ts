/**
 * Collects a page's readable text as one string plus a map back to its text
 * nodes, for the matcher. Block elements become "\n" (no name spans two
 * paragraphs); inline elements join ("Hulusi <b>Akar</b>" stays one run).
 * Line breaks inside a text node are rendered as spaces by HTML, so they are
 * replaced by spaces here (same length: offsets stay exact).
 *
 * Works on any DOM implementation (browsers, linkedom): no globals, numeric
 * node types, feature checks for browser-only APIs.
 */

/** One text node's place in {@link TextSnapshot.text}. */
export interface TextSegment {
  node: Text;
  /** `text.slice(start, end)` is the node's data (with line breaks as spaces). */
  start: number;
  end: number;
}

/** The collected text of a root and where each piece came from. */
export interface TextSnapshot {
  text: string;
  /** In document order, non-overlapping, increasing. */
  segments: TextSegment[];
}

/** Options for {@link collectText}. */
export interface CollectOptions {
  /**
   * Skip subtrees whose computed `display` is `none`. Default: on where the
   * DOM can compute styles (browsers), off elsewhere (linkedom has no layout).
   */
  checkStyle?: boolean;
}

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** Never readable text, or editable by the reader: skipped with their subtree. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'DATALIST',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'HEAD',
  'TITLE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'MATH',
  'BACKSTORY-UI',
]);

/** Elements a browser lays out as blocks (or line breaks) by default. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'IMG',
  'BUTTON',
]);

const LINE_BREAKS = /[\n\r\f\v\u2028\u2029\u0085]/g;

function isOurs(el: Element): boolean {
  if (el.id.startsWith('backstory-')) return true;
  const cls = el.getAttribute('class');
  return cls !== null && cls.split(/\s+/).some((c) => c.startsWith('backstory-'));
}

function isSkipped(el: Element, checkStyle: boolean): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (isOurs(el)) return true;
  if (checkStyle) {
    const view = el.ownerDocument.defaultView;
    const withCheck = el as Element & { checkVisibility?: () => boolean };
    // checkVisibility() is cheap and false for display:none, but also for
    // display:contents (whose children show): confirm with computed style.
    if (typeof withCheck.checkVisibility === 'function' && !withCheck.checkVisibility() && view) {
      const display = view.getComputedStyle(el).display;
      if (display === 'none') return true;
    }
  }
  return false;
}

/** Children to walk for `el`: its open shadow tree if any, slot assignments for slots. */
function childrenOf(node: Node): ArrayLike<Node> {
  if (node.nodeType === ELEMENT) {
    const el = node as Element;
    if (el.shadowRoot) return el.shadowRoot.childNodes;
    if (el.tagName === 'SLOT') {
      const slot = el as HTMLSlotElement;
      if (typeof slot.assignedNodes === 'function') {
        const assigned = slot.assignedNodes({ flatten: false });
        if (assigned.length > 0) return assigned;
      }
    }
  }
  return node.childNodes;
}

/**
 * Collects the visible text under `root` (a document, element or shadow root)
 * in document order.
 */
export function collectText(root: Node, options: CollectOptions = {}): TextSnapshot {
  const doc = root.nodeType === DOCUMENT ? (root as Document) : root.ownerDocument;
  const checkStyle = options.checkStyle ?? typeof doc?.defaultView?.getComputedStyle === 'function';
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let endsWithBreak = true;

  const addBreak = (): void => {
    if (endsWithBreak) return;
    parts.push('\n');
    length++;
    endsWithBreak = true;
  };

  // Iterative walk: hostile pages nest deeper than the call stack allows.
  // A null entry closes a block opened earlier.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      addBreak();
      continue;
    }
    if (node === undefined) break;
    const type = node.nodeType;
    if (type === TEXT) {
      const data = (node as Text).data;
      if (data.length === 0) continue;
      parts.push(data.replace(LINE_BREAKS, ' '));
      segments.push({ node: node as Text, start: length, end: length + data.length });
      length += data.length;
      endsWithBreak = false;
      continue;
    }
    if (type !== ELEMENT && type !== DOCUMENT && type !== FRAGMENT) continue;
    let block = false;
    if (type === ELEMENT) {
      const el = node as Element;
      if (isSkipped(el, checkStyle)) continue;
      block = BLOCKS.has(el.tagName.toUpperCase());
    }
    if (block) {
      addBreak();
      stack.push(null);
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: parts.join(''), segments };
}
