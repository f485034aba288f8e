/**
 * The chunked annotator against the pure pipeline: on a page large enough to
 * be split into many chunks, it must mark exactly what one matcher call over
 * the whole collected text finds, including context-only aliases whose
 * supporting mention comes chunks later. Runs on linkedom with a minimal
 * stand-in for the CSS Custom Highlight API (a Map of Sets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createAnnotator, unitsOf } from '@/dom/annotator';
import { createHighlightRegistry, type Mark } from '@/dom/highlight-registry';
import { collectText } from '@/dom/text-collector';
import { bundledRuntime } from '@/entrypoints/content/kb-runtime';
import type { CompiledKb } from '@/lib/kb/compile';

const compiled = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../generated/kb.json'), 'utf8'),
) as CompiledKb;

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

function pageWith(html: string) {
  const { window, document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const w = window as unknown as Record<string, unknown>;
  w.CSS = { highlights: new Map<string, FakeHighlight>() };
  w.Highlight = FakeHighlight;
  w.StaticRange = FakeStaticRange;
  return document;
}

function markText(mark: Mark): string {
  return mark.parts.map((p) => p.node.data.slice(p.start, p.end)).join('');
}

/** One matcher call over the whole page: what the chunked pass must reproduce. */
function pureMentions(doc: Document): string[] {
  const runtime = bundledRuntime();
  const snap = collectText(doc.body, { checkStyle: false });
  return runtime.matcher
    .findMentions(snap.text)
    .map((m) => `${m.entityId}:${m.text.replace(/\s+/g, ' ')}`)
    .sort();
}

async function annotate(doc: Document) {
  const runtime = bundledRuntime();
  const registry = createHighlightRegistry(doc)!;
  const annotator = createAnnotator({
    doc,
    matcher: runtime.matcher,
    registry,
    entities: runtime.entities,
    fold: runtime.fold,
    isTypeEnabled: () => true,
    yieldToMain: () => Promise.resolve(),
  });
  const stats = await annotator.annotateDocument();
  const marks = registry.ordered().map((m) => `${m.entityId}:${markText(m).replace(/\s+/g, ' ')}`);
  return { stats, registry, annotator, marks: marks.sort() };
}

function filler(i: number): string {
  return `<p>Paragraph ${i}: the weather stayed calm over the coast and markets were quiet, with traders waiting for news from the capital.</p>`;
}

describe('annotator', () => {
  it('has the compiled KB it is tested with', () => {
    expect(compiled.kb.entities.some((e) => e.id === 'hulusi-akar')).toBe(true);
  });

  it('splits a large page into bounded units in document order', () => {
    const doc = pageWith(
      `<main>${Array.from({ length: 400 }, (_, i) => filler(i)).join('')}</main>`,
    );
    const units = [...unitsOf(doc.body, 4_000)];
    expect(units.length).toBeGreaterThan(10);
    for (const u of units) expect(u.textContent!.length).toBeLessThanOrEqual(4_000);
    expect(units.map((u) => u.textContent).join('')).toBe(doc.body.textContent);
  });

  it('marks a many-chunk page exactly like one matcher call over all of it', async () => {
    // "Akar" alone is a context alias: it counts only because "Hulusi Akar" is
    // named, at the very end, many chunks after the first "Akar".
    const body = [
      '<p>Akar said the posts would hold.</p>',
      ...Array.from({ length: 600 }, (_, i) =>
        i % 50 === 0
          ? `<p>Recep Tayyip <b>Erdogan</b> spoke; Akar listened (${i}).</p>`
          : filler(i),
      ),
      '<p>Defence Minister Hulusi Akar flew to Ankara.</p>',
    ].join('\n');
    const doc = pageWith(`<main>${body}</main>`);
    const expected = pureMentions(doc);
    expect(expected.filter((m) => m === 'hulusi-akar:Akar').length).toBe(13);

    const { stats, marks } = await annotate(doc);
    expect(stats.slices + stats.chars).toBeGreaterThan(0);
    expect(stats.rematchedChars).toBeGreaterThan(0);
    expect(marks).toEqual(expected);
  });

  it('does not mark a context alias without its support', async () => {
    const doc = pageWith(
      `<main>${[
        '<p>Akar said the posts would hold.</p>',
        ...Array.from({ length: 300 }, (_, i) => filler(i)),
      ].join('')}</main>`,
    );
    const { marks } = await annotate(doc);
    expect(marks.filter((m) => m.startsWith('hulusi-akar'))).toEqual([]);
    expect(marks).toEqual(pureMentions(doc));
  });

  it('re-annotates a changed subtree and drops marks of removed text', async () => {
    const doc = pageWith(
      '<main><p id="a">Recep Tayyip Erdogan met Vladimir Putin.</p><p id="b">Dmitry Peskov spoke.</p></main>',
    );
    const { registry, annotator } = await annotate(doc);
    const before = registry.size;
    expect(before).toBeGreaterThanOrEqual(3);
    // The mutation queue hands over removed subtrees, already detached.
    const b = doc.getElementById('b')!;
    b.remove();
    expect(registry.removeWithin(b)).toBe(1);
    expect(registry.size).toBe(before - 1);
    expect(registry.removeWithin(doc.createElement('div'))).toBe(0);

    const a = doc.getElementById('a')!;
    a.firstChild!.textContent = 'Hulusi Akar met reporters.';
    await annotator.annotateRoots([a]);
    const texts = registry.ordered().map(markText);
    expect(texts).toContain('Hulusi Akar');
    expect(texts).not.toContain('Vladimir Putin');
  });
});
