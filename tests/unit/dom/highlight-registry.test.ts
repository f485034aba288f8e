/**
 * The registry's bookkeeping on linkedom with a minimal stand-in for the CSS
 * Custom Highlight API: marks reach their Highlight in batches, and removed
 * text drops exactly its own marks whether they were committed yet or not.
 */
import { describe, expect, it } from 'vitest';
import {
  buildMark,
  createHighlightRegistry,
  highlightApi,
  rangeOf,
  VIEWPORT_ONLY_ABOVE,
  type Mark,
} from '@/dom/highlight-registry';
import {
  FakeIntersectionObserver,
  pageWithHighlightApi,
  withIntersectionObserver,
} from '../support/fake-highlight-api';

function setup(html: string, observer = false) {
  const { document, highlights } = pageWithHighlightApi(html);
  if (observer) withIntersectionObserver(document);
  const registry = createHighlightRegistry(document)!;
  const api = highlightApi(document)!;
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  let at = 0;
  const segments = texts.map((node) => {
    const seg = { node, start: at, end: at + node.data.length };
    at = seg.end;
    return seg;
  });
  const text = texts.map((t) => t.data).join('');
  /** A person mark over the first occurrence of `name` at or after `from` in the joined text. */
  const mark = (name: string, from = 0): Mark => {
    const start = text.indexOf(name, from);
    return buildMark(segments, { at: 0 }, name, 'person', start, start + name.length)!;
  };
  const person = () => highlights.get('backstory-person')!;
  return { registry, texts, mark, person, document, api };
}

/** An entry's bounding box: only its size matters here. */
function box(width: number, height: number): DOMRectReadOnly {
  return { width, height } as DOMRectReadOnly;
}

describe('highlight registry', () => {
  it('builds one range per mark and one part per text node it touches', () => {
    const { mark, texts, api } = setup('<p>Hulusi <b>Akar</b> spoke.</p>');
    const m = mark('Hulusi Akar');
    expect(m.parts.map((p) => [p.node.data, p.start, p.end])).toEqual([
      ['Hulusi ', 0, 7],
      ['Akar', 0, 4],
    ]);
    expect(m.range).toBeNull();
    const range = rangeOf(api, m);
    expect(range.startContainer).toBe(texts[0]);
    expect(range.endContainer).toBe(texts[1]);
    expect(rangeOf(api, m)).toBe(range);
  });

  it('builds marks for mentions in order, one segment search for all of them', () => {
    const { mark } = setup('<p>Peskov said</p>');
    const node = mark('Peskov').parts[0]!.node;
    const segments = [
      { node, start: 0, end: 11 },
      { node, start: 12, end: 23 },
    ];
    const cursor = { at: 0 };
    const second = buildMark(segments, cursor, 'p', 'person', 12, 18)!;
    expect(second.parts.map((p) => [p.start, p.end])).toEqual([[0, 6]]);
    expect(cursor.at).toBe(1);
    expect(buildMark(segments, cursor, 'p', 'person', 11, 12)).toBeNull();
  });

  it('commits in batches and drops removed text whether committed or still pending', () => {
    const { registry, texts, mark, person } = setup(
      '<p>Erdogan met Putin.</p><p>Peskov and Erdogan spoke; Peskov left.</p><p>Akar</p>',
    );
    const a = mark('Erdogan');
    const b = mark('Putin');
    const c = mark('Peskov');
    const d = mark('Erdogan', 20);
    const e = mark('Peskov', 30);
    const f = mark('Akar');
    registry.add([a, b, c, d, e, f]);
    registry.add([a]); // already there: ignored
    expect(registry.size).toBe(6);
    // Nothing is in CSS.highlights before the first mark is painted.
    expect(person()).toBeUndefined();
    expect(registry.flush(2)).toBe(4);
    expect([...person()]).toEqual([a.range, b.range]);
    expect(registry.marksAt(texts[1]!)).toEqual([c, d, e]);
    expect(registry.marksAt(texts[0]!)).toEqual([a, b]);
    expect(registry.marksAt(texts[2]!)).toEqual([f]);

    // Node 0 is committed, node 1 partly pending.
    expect(registry.removeNodes([texts[0]!, texts[1]!])).toBe(5);
    expect(person().size).toBe(0);
    expect(registry.size).toBe(1);
    expect(registry.marksAt(texts[0]!)).toBeUndefined();
    expect(registry.marksAt(texts[1]!)).toBeUndefined();
    expect(registry.flush()).toBe(0);
    expect([...person()]).toEqual([f.range]);
    expect(registry.ordered()).toEqual([f]);
  });

  it('keeps the other marks of a node when one is dropped through another node', () => {
    const { registry, texts, mark, person } = setup('<p>Hulusi <b>Akar</b></p>');
    const whole = mark('Hulusi Akar');
    const akar = mark('Akar');
    registry.add([whole, akar]);
    registry.flush();
    expect(registry.marksAt(texts[1]!)).toEqual([whole, akar]);
    expect(registry.removeNodes([texts[0]!])).toBe(1);
    expect(registry.marksAt(texts[0]!)).toBeUndefined();
    expect(registry.marksAt(texts[1]!)).toEqual([akar]);
    expect([...person()]).toEqual([akar.range]);
    expect(registry.removeNodes([texts[1]!])).toBe(1);
    expect(registry.size).toBe(0);
  });

  it('removeWithin drops the marks under a removed subtree only', () => {
    const { registry, mark, person } = setup('<div id="a"><p>Erdogan</p></div><p>Putin</p>');
    const a = mark('Erdogan');
    const b = mark('Putin');
    registry.add([a, b]);
    registry.flush();
    const root = a.parts[0]!.node.parentElement!.parentElement!;
    expect(registry.removeWithin(root)).toBe(1);
    expect([...person()]).toEqual([b.range]);
    registry.clear();
    expect(registry.size).toBe(0);
    expect(registry.flush()).toBe(0);
  });

  it('asks for a flush once pending marks reach what is committed', () => {
    const { registry, mark } = setup(`<p>${'Erdogan '.repeat(600)}</p>`);
    const list: Mark[] = [];
    for (let i = 0; i < 600; i++) list.push(mark('Erdogan', i * 8));
    registry.add(list.slice(0, 255));
    expect(registry.shouldFlush).toBe(false);
    registry.add(list.slice(255, 300));
    expect(registry.shouldFlush).toBe(true);
    registry.flush();
    expect(registry.shouldFlush).toBe(false);
  });

  it('paints only marks near the viewport once a page has many, and knows all of them', () => {
    const count = VIEWPORT_ONLY_ABOVE + 100;
    const html = Array.from({ length: count }, (_, i) => `<p id="p${i}">Peskov ${i}</p>`).join('');
    const { registry, mark, person, document } = setup(html, true);
    const all = Array.from({ length: count }, (_, i) => mark(`Peskov ${i}`));
    // Below the threshold every mark is painted, as on a usual page.
    registry.add(all.slice(0, 100));
    registry.flush();
    expect(person().size).toBe(100);
    expect(FakeIntersectionObserver.last).toBeNull();

    registry.add(all.slice(100));
    const observer = FakeIntersectionObserver.last!;
    expect(observer.observed.size).toBe(count);
    // Marks painted so far stay painted until the observer reports on them.
    expect(person().size).toBe(100);
    const near = (el: Element) => Number(el.id.slice(1)) >= 50 && Number(el.id.slice(1)) < 80;
    observer.report(near);
    expect(person().size).toBe(30);
    expect(registry.painted).toBe(30);
    expect(registry.size).toBe(count);
    expect(registry.ordered()).toHaveLength(count);

    // The reader scrolls to the end.
    observer.report((el) => Number(el.id.slice(1)) >= count - 10);
    expect([...person()].map((r) => (r.startContainer as Text).data)).toEqual(
      all.slice(-10).map((m) => m.parts[0]!.node.data),
    );

    // An element with no box of its own (display: contents) keeps its marks painted.
    const boxless = document.getElementById('p0')!;
    observer.reportEntries([
      { target: boxless, isIntersecting: false, boundingClientRect: box(0, 0) },
      {
        target: document.getElementById('p1')!,
        isIntersecting: false,
        boundingClientRect: box(600, 24),
      },
    ]);
    expect(person().has(all[0]!.range!)).toBe(true);
    expect(all[1]!.painted).toBe(false);
    observer.reportEntries([{ target: boxless, isIntersecting: false }]);

    // Removed text leaves the observer and the Highlight; clear() stops observing.
    const last = document.getElementById(`p${count - 1}`)!;
    expect(registry.removeWithin(last)).toBe(1);
    expect(observer.observed.has(last)).toBe(false);
    expect(person().size).toBe(9);
    // Text the page took out of its element still leaves the observer.
    const second = document.getElementById(`p${count - 2}`)!;
    const text = second.firstChild as Text;
    text.remove();
    expect(registry.removeNodes([text])).toBe(1);
    expect(observer.observed.has(second)).toBe(false);
    registry.clear();
    expect(observer.observed.size).toBe(0);
    expect(person().size).toBe(0);
  });

  it('registers each type under the aliases of the style and of the page’s tone, and switches them', () => {
    const { registry, mark, document } = setup('<p>Hulusi Akar spoke.</p>');
    const highlights = document.defaultView!.CSS.highlights;
    registry.add([mark('Hulusi Akar')]);
    registry.flush();
    const names = () => [...highlights.keys()].filter((n) => n.includes('person')).sort();
    expect(names()).toEqual(['backstory-line-person', 'backstory-person']);
    registry.setTone('dark');
    expect(names()).toEqual(['backstory-dark-line-person', 'backstory-person']);
    registry.setStyle('both');
    expect(names()).toEqual([
      'backstory-dark-fill-person',
      'backstory-dark-line-person',
      'backstory-person',
    ]);
    expect(highlights.get('backstory-dark-fill-person')).toBe(highlights.get('backstory-person'));
    registry.setTone('light');
    expect(names()).toEqual(['backstory-fill-person', 'backstory-line-person', 'backstory-person']);
    registry.detach();
    expect(names()).toEqual([]);
  });
});
