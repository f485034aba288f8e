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

/** Options for {@link collectText} and {@link createTextCursor}. */
export interface CollectOptions {
  /**
   * Also skip subtrees whose computed `display` is `none`. Off by default:
   * asking for computed style per element costs ~10× the walk itself (and on
   * a fresh page forces a style recalc), while the Highlight API paints
   * nothing on text that is not rendered. The cheap structural rules
   * (`hidden`, an inline `display: none`, skipped tags, editable regions)
   * always apply.
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
  // Ruby fallback parentheses: hidden wherever ruby is laid out.
  'RP',
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
  'PRE',
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
  // A ruby annotation is set above its base, not after it: a line of its own
  // ("<ruby>Peskov<rt>PYES-kof</rt></ruby>, who" is no "Peskov PYES-kof").
  'RT',
]);

/**
 * Inline elements whose text is set apart from the words around it: a
 * footnote or affiliation mark ("Emre Ersen<sup>b</sup>", "Erdoğan<sup>1</sup>")
 * is not part of the name, nor text isolated for another script
 * ("و<bdi>Putin</bdi>": Arabic "and" written onto the name). A space that is
 * in no text node goes before and after them (like the "\n" of a block), so
 * the name still ends there.
 */
const SET_APART = new Set(['SUP', 'SUB', 'BDI']);

const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * True if text that ends with `before` and text that starts with `after`,
 * in two inline elements with nothing between them, read as two words: a
 * capital after a lower-case letter ("…cooperation</a><a>Erdoğan: …",
 * "<a>Video</a><a>Syria</a>" in a menu laid out as a row), a capitalised
 * word after two capitals ("<b>RELATED NEWS</b><a>Türkiye, US…") or a
 * capital after a digit (a ranked list's "<span class="rank">2</span>Peskov
 * says…"), a digit after a letter (a chart's bar "<span>Russia</span><span>1,204</span>")
 * or a letter after a digit (a caption's "<span>0:00</span><span>turkey…");
 * across a link's edge, any two letters ("<a>Idlib</a><a>refugees</a>"
 * in a tag list). Not a drop cap or styled initial ("<span>A</span>NKARA —"),
 * a search term marked inside a word ("<mark>ERDO</mark>ĞAN"), nor letters
 * styled apart inside a word ("Erdo<b>ğan</b>").
 */
function wordsMeetAt(before: string, after: string, link: boolean): boolean {
  const last = before.length - 1;
  const first = after.charCodeAt(0);
  if (first >= 48 && first <= 57) return isLetterAt(before, last);
  const c = before.charCodeAt(last);
  // A caption track's "<span>0:00</span><span>turkey and russia…".
  if (c >= 48 && c <= 57 && isLetterAt(after, 0)) return true;
  // Most inline text starts with a space or a lower-case ASCII letter.
  if (!isUpperAt(after, 0)) {
    return link && after.charCodeAt(0) > 64 && isLetterAt(after, 0) && isLetterAt(before, last);
  }
  if (isLowerAt(before, last)) return true;
  if (!isUpperAt(before, last)) return false;
  if (link) return true;
  return isUpperAt(before, last - 1) && isLowerAt(after, 1);
}

// Letter tests of one code unit (false past either end). ASCII is decided
// without a regex: a Unicode property regex is compiled on its first use,
// which on a fresh page cost more than all the calls after it.
function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c >= 65 && c <= 90 : c === c && UPPER_LETTER.test(s.charAt(i));
}

function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c >= 97 && c <= 122 : c === c && LOWER_LETTER.test(s.charAt(i));
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  return c < 128 ? c >= 97 && c <= 122 : c === c && LETTER.test(s.charAt(i));
}

const LINE_BREAKS = /[\n\r\f\v\u2028\u2029\u0085]/g;
/** Inside `<pre>`, "\n" breaks the line as a block does; the others still render as spaces. */
const OTHER_LINE_BREAKS = /[\r\f\v\u2028\u2029\u0085]/g;

/**
 * Classes that mark a `<pre>` (or its wrapper) as source code: GitHub's and
 * Pygments' "highlight", highlight.js, Prism's and others' "language-",
 * MDN's "brush:", Google's "prettyprint". Preformatted text without them
 * (a teleprompter script, a plain-text press release, a transcript) is
 * read; code inside `<code>` is skipped anyway.
 */
const CODE_CLASSES =
  /(^|[\s:_-])(highlight|hljs|code|sourcecode|language|lang|prettyprint|brush|syntax|shiki|prism|console|terminal|shell)([\s:_-]|$)/i;

/** Whether a `<pre>` holds source code (see {@link CODE_CLASSES}). */
function isCodeBlock(el: Element): boolean {
  if (el.hasAttribute('data-lang') || el.hasAttribute('data-language')) return true;
  const own = el.getAttribute('class');
  if (own !== null && CODE_CLASSES.test(own)) return true;
  const parent = el.parentElement?.getAttribute('class');
  return parent !== null && parent !== undefined && CODE_CLASSES.test(parent);
}

function isOurs(el: Element): boolean {
  if (el.id.startsWith('backstory-')) return true;
  const cls = el.getAttribute('class');
  return (
    cls !== null &&
    cls.includes('backstory-') &&
    cls.split(/\s+/).some((c) => c.startsWith('backstory-'))
  );
}

/** An inline style that hides the element ("display:none", "DISPLAY: none !important"). */
const DISPLAY_NONE = /(?:^|[;\s])display\s*:\s*none\b/i;

/** Whether `el` and its subtree are left out (see the module comment). */
function isSkipped(el: Element, tag: string, checkStyle: boolean): boolean {
  if (SKIPPED.has(tag)) return true;
  if (tag === 'PRE' && isCodeBlock(el)) return true;
  // Most elements carry no attributes: one call answers every attribute rule.
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden')) return true;
    // An inline "display: none" (a screen-reader copy, a collapsed panel):
    // one attribute read, no style computed.
    const style = el.getAttribute('style');
    if (style !== null && DISPLAY_NONE.test(style)) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
    if (isOurs(el)) return true;
  }
  if (checkStyle) {
    const view = el.ownerDocument.defaultView;
    const withCheck = el as Element & { checkVisibility?: () => boolean };
    // checkVisibility() is false for display:none, but also for
    // display:contents (whose children show): confirm with computed style.
    if (typeof withCheck.checkVisibility === 'function' && !withCheck.checkVisibility() && view) {
      if (view.getComputedStyle(el).display === 'none') return true;
    }
  }
  return false;
}

/**
 * One container being walked: its children come either from sibling
 * pointers (`next`) or, for a slot, from its assigned nodes (`list`).
 */
interface Frame {
  container: Node | null;
  next: Node | null;
  list: ArrayLike<Node> | null;
  index: number;
  /** Leaving this container ends a block. */
  block: boolean;
  /** Leaving this container adds a space (see {@link SET_APART}). */
  apart?: boolean;
  /** A `<pre>`: its line breaks are kept (see {@link OTHER_LINE_BREAKS}). */
  pre?: boolean;
}

/** The frame that walks an element's children: its shadow root's, a slot's assigned nodes, or its own. */
function elementFrame(el: Element, tag: string, block: boolean): Frame {
  const shadow = el.shadowRoot;
  if (shadow) return { container: shadow, next: shadow.firstChild, list: null, index: 0, block };
  if (tag === 'SLOT') {
    const slot = el as HTMLSlotElement;
    if (typeof slot.assignedNodes === 'function') {
      const assigned = slot.assignedNodes({ flatten: false });
      if (assigned.length > 0)
        return { container: null, next: null, list: assigned, index: 0, block };
    }
  }
  return { container: el, next: el.firstChild, list: null, index: 0, block };
}

/** The frame that walks a document's or a fragment's children. */
function rootFrame(node: Node, type: number, block: boolean): Frame {
  if (type === DOCUMENT) {
    // Only the root element holds text (and some DOMs link no sibling after the doctype).
    const root = (node as Document).documentElement;
    return { container: null, next: null, list: root ? [root] : [], index: 0, block };
  }
  return { container: node, next: node.firstChild, list: null, index: 0, block };
}

/**
 * A resumable walk over the text of some roots (see {@link createTextCursor}).
 */
export interface TextCursor {
  /**
   * The next piece of text: at least `minChars` long, ending at a block
   * boundary (so no name is cut in two), unless a single block runs past
   * `maxChars` (then it ends between two text nodes) or the roots end.
   * Null once everything was returned. Offsets start at 0 in every piece.
   */
  next(minChars: number, maxChars?: number): TextSnapshot | null;
  /** Text nodes visited so far (for the bench and stats). */
  readonly nodes: number;
}

/**
 * Walks `roots` in document order, descending into open shadow roots and
 * slots' assigned nodes, handing out the text piece by piece so a caller can
 * yield between pieces. The walk uses sibling pointers and an explicit stack
 * (hostile pages nest deeper than the call stack allows). If the page removes
 * a node the walk was about to visit while the caller yielded, the rest of
 * that container is skipped: the mutation observer reports the change, and
 * the changed block is collected again from scratch.
 */
export function createTextCursor(roots: readonly Node[], options: CollectOptions = {}): TextCursor {
  const checkStyle = options.checkStyle ?? false;
  const stack: Frame[] = [{ container: null, next: null, list: roots, index: 0, block: false }];
  let nodes = 0;
  /** `<pre>` frames on the stack. */
  let preDepth = 0;

  /** Drop positions the page invalidated while we were away. */
  function revalidate(): void {
    for (const frame of stack) {
      const { container, next } = frame;
      if (!container || !next) continue;
      if (next.parentNode !== container || !container.isConnected) frame.next = null;
    }
  }

  return {
    get nodes() {
      return nodes;
    },
    next(minChars, maxChars = Infinity) {
      if (stack.length === 0) return null;
      revalidate();
      const parts: string[] = [];
      const segments: TextSegment[] = [];
      /**
       * Text of the nodes since the last block break, not yet in `parts`:
       * line breaks are replaced once per run rather than once per node (on a
       * fresh page each call runs in the interpreter; half the text nodes of
       * a typical article are the line breaks between its paragraphs).
       */
      let run = '';
      let length = 0;
      let endsWithBreak = true;
      /** The last text node's data, and whether an inline element began or ended since. */
      let lastData = '';
      let crossedElement = false;
      /** A link began or ended since the last text node: its text is a word of its own. */
      let crossedLink = false;
      /** Ends the run with `sep`, a character in no text node ("\n" for a block). */
      const endRun = (sep: string): void => {
        parts.push(run.replace(LINE_BREAKS, ' '), sep);
        run = '';
        length++;
      };
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        let node: Node | null | undefined;
        if (frame.list) {
          node = frame.index < frame.list.length ? frame.list[frame.index++] : null;
        } else {
          node = frame.next;
          if (node) frame.next = node.nextSibling;
        }
        if (!node) {
          stack.pop();
          if (frame.pre) preDepth--;
          if (frame.block && !endsWithBreak) {
            endRun('\n');
            endsWithBreak = true;
          } else if (frame.apart && !endsWithBreak) {
            endRun(' ');
            lastData = '';
          } else {
            crossedElement = true;
            if ((frame.container as Element | null)?.tagName === 'A') crossedLink = true;
          }
          if (endsWithBreak && length >= minChars) break;
          continue;
        }
        const type = node.nodeType;
        if (type === TEXT) {
          const data = (node as Text).data;
          const size = data.length;
          if (size === 0) continue;
          nodes++;
          if (crossedElement && !endsWithBreak && wordsMeetAt(lastData, data, crossedLink)) {
            endRun(' ');
          }
          crossedElement = false;
          crossedLink = false;
          lastData = data;
          if (preDepth > 0) {
            // Preformatted: each line is a line (same length: offsets stay exact).
            parts.push(run.replace(LINE_BREAKS, ' '), data.replace(OTHER_LINE_BREAKS, ' '));
            run = '';
          } else {
            run += data;
          }
          segments.push({ node: node as Text, start: length, end: length + size });
          length += size;
          endsWithBreak = false;
          if (length >= maxChars) break;
          continue;
        }
        // Separate roots (changed blocks handed over together) like blocks.
        const separate = stack.length === 1;
        if (type === ELEMENT) {
          const el = node as Element;
          // HTML elements report upper case already; foreign ones (svg, math) do not.
          let tag = el.tagName;
          if (tag.charCodeAt(0) > 90) tag = tag.toUpperCase();
          if (isSkipped(el, tag, checkStyle)) continue;
          const block = BLOCKS.has(tag);
          if (block && !endsWithBreak) {
            endRun('\n');
            endsWithBreak = true;
            if (length >= minChars) {
              // Resume by entering this element next time.
              if (frame.list) frame.index--;
              else frame.next = node;
              break;
            }
          }
          const inner = elementFrame(el, tag, block || separate);
          if (tag === 'PRE') {
            inner.pre = true;
            preDepth++;
          }
          if (!block && SET_APART.has(tag)) {
            inner.apart = true;
            if (!endsWithBreak) endRun(' ');
            // The space ends the word: no second one at the next text.
            lastData = '';
          }
          crossedElement = true;
          if (tag === 'A') crossedLink = true;
          stack.push(inner);
        } else if (type === DOCUMENT || type === FRAGMENT) {
          stack.push(rootFrame(node, type, separate));
        }
      }
      // Same length: offsets stay exact.
      if (run) parts.push(run.replace(LINE_BREAKS, ' '));
      return { text: parts.join(''), segments };
    },
  };
}

/**
 * Collects the text under `root` (a document, element or shadow root) in
 * document order, in one go.
 */
export function collectText(root: Node, options: CollectOptions = {}): TextSnapshot {
  return createTextCursor([root], options).next(Infinity) ?? { text: '', segments: [] };
}
