/**
 * Parses a saved HTML page with linkedom the way a browser would build it,
 * so that the `spot` CLI and the tests read the text the content script
 * reads in a browser. linkedom differs from a browser in two ways that
 * matter here: it makes a fragment's first element the root (dropping the
 * rest), and it leaves declarative shadow roots as templates.
 */
import { parseHTML } from 'linkedom';

/**
 * An HTML file as a whole document. A browser wraps a fragment ("<p>…</p><p>…</p>")
 * in <html> and <body>; linkedom makes its first element the root and drops
 * the rest, so a fragment is wrapped first.
 */
function asDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  return `<!doctype html><html>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
}

/**
 * Declarative shadow roots (`<template shadowrootmode="open">`), which a
 * browser attaches while parsing and linkedom leaves as templates: open ones
 * become shadow roots of their host (the content script reads them there),
 * closed ones are dropped (no script can read them).
 */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')]) {
    const host = template.parentElement;
    const mode = template.getAttribute('shadowrootmode');
    template.remove();
    if (!host || mode !== 'open' || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = template.innerHTML;
    attachDeclarativeShadowRoots(shadow);
  }
}

/** The document a browser would build from `html`. */
export function parsePage(html: string): Document {
  const { document } = parseHTML(asDocument(html));
  attachDeclarativeShadowRoots(document);
  return document;
}
