/**
 * Whether a page paints light or dark behind its text. Many sites switch to a
 * dark theme with a class or their own setting, not the reader's
 * `prefers-color-scheme`; the highlight colours and the card follow what the
 * page actually paints.
 */

/** Light or dark. */
export type PageTone = 'light' | 'dark';

/** Below this relative luminance a background counts as dark. */
const DARK_BELOW = 0.2;

/** Relative luminance (0 black … 1 white) of an opaque enough CSS colour, else undefined. */
function luminance(color: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Tone of the first opaque enough background from `el` up to the root, or undefined. */
export function backgroundTone(el: Element | null): PageTone | undefined {
  const view = el?.ownerDocument.defaultView;
  if (!view) return undefined;
  for (let at: Element | null = el; at; at = at.parentElement) {
    const lum = luminance(view.getComputedStyle(at).backgroundColor);
    if (lum !== undefined) return lum < DARK_BELOW ? 'dark' : 'light';
  }
  return undefined;
}

/**
 * The page's tone: the background behind the middle of the viewport (a
 * site's dark theme is often painted by a wrapper, not the body), else its
 * body's or root's; with none painted, the canvas, which is dark only where
 * the page opts into a dark colour scheme (`color-scheme: dark`, or `light
 * dark` for a reader who prefers dark).
 */
export function pageTone(doc: Document): PageTone {
  const root = doc.documentElement;
  const view = doc.defaultView;
  if (!root || !view) return 'light';
  const middle =
    typeof doc.elementFromPoint === 'function'
      ? doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2)
      : null;
  const painted = backgroundTone(middle ?? doc.body ?? root);
  if (painted) return painted;
  const scheme = view.getComputedStyle(root).colorScheme ?? '';
  if (!scheme.includes('dark')) return 'light';
  if (!scheme.includes('light')) return 'dark';
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
