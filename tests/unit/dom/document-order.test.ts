import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { compareComposedOrder } from '../../../dom/document-order';

// Elements, and no two nested ones: linkedom's compareDocumentPosition
// mis-orders text nodes and some elements of one tree (browsers do not; the
// e2e suite steps through a real page's shadow-root mark).
function page(): { doc: Document; nodes: Record<string, Element> } {
  const { document } = parseHTML(
    '<!doctype html><html><body><p id="a">first</p><div id="host"><span>light</span></div><p id="z">last</p></body></html>',
  );
  const host = document.getElementById('host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<p>shadow</p><div id="inner"></div>';
  const inner = root.getElementById('inner')!;
  inner.attachShadow({ mode: 'open' }).innerHTML = '<i>nested</i>';
  const node = (el: Element | null | undefined): Element => el!;
  return {
    doc: document,
    nodes: {
      first: node(document.getElementById('a')),
      shadow: node(root.querySelector('p')),
      nested: node(inner.shadowRoot!.querySelector('i')),
      last: node(document.getElementById('z')),
    },
  };
}

describe('compareComposedOrder', () => {
  it('puts nodes in (nested) shadow roots where their hosts are', () => {
    const { nodes } = page();
    const order = ['last', 'nested', 'first', 'shadow'].sort((x, y) =>
      compareComposedOrder(nodes[x]!, nodes[y]!),
    );
    expect(order).toEqual(['first', 'shadow', 'nested', 'last']);
  });

  it('is antisymmetric and 0 only for the same node', () => {
    const { nodes } = page();
    const all = Object.values(nodes);
    for (const a of all) {
      for (const b of all) {
        const ab = compareComposedOrder(a, b);
        if (a === b) expect(ab).toBe(0);
        else expect(Math.sign(ab)).toBe(-Math.sign(compareComposedOrder(b, a)));
      }
    }
  });

  it('puts a shadow host before the content of its shadow root', () => {
    const { doc, nodes } = page();
    const host = doc.getElementById('host')!;
    expect(compareComposedOrder(host, nodes.shadow!)).toBeLessThan(0);
    expect(compareComposedOrder(nodes.shadow!, host)).toBeGreaterThan(0);
  });
});
