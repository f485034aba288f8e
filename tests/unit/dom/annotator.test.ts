/**
 * The chunked annotator against the pure pipeline: on a page large enough to
 * be split into many chunks, it must mark exactly what one matcher call over
 * the whole collected text finds, including context-only aliases whose
 * supporting mention comes chunks later. The spotter answers asynchronously,
 * as the background does, and the page may change while it works. Runs on
 * linkedom with a minimal stand-in for the CSS Custom Highlight API (a Map of
 * Sets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnnotator, type SpotFn } from '@/dom/annotator';
import { pageWithHighlightApi } from '../support/fake-highlight-api';
import { createHighlightRegistry, type Mark } from '@/dom/highlight-registry';
import { collectText, createTextCursor } from '@/dom/text-collector';
import { bundledRuntime } from '@/utils/kb-runtime';
import { readPackedMatcherFile } from '../support/packed-matcher-file';
import type { BundledKb } from '@/lib/kb/compile';

const compiled = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../generated/kb.json'), 'utf8'),
) as BundledKb;

const bundled = await bundledRuntime(readPackedMatcherFile);

function pageWith(html: string): Document {
  return pageWithHighlightApi(html).document;
}

function markText(mark: Mark): string {
  return mark.parts.map((p) => p.node.data.slice(p.start, p.end)).join('');
}

/** One matcher call over the whole page: what the chunked pass must reproduce. */
function pureMentions(doc: Document): string[] {
  const runtime = bundled;
  const snap = collectText(doc.body, { checkStyle: false });
  return runtime.matcher
    .findMentions(snap.text)
    .map((m) => `${m.entityId}:${m.text.replace(/\s+/g, ' ')}`)
    .sort();
}

/** The background's answer, a task later (through a JSON round trip, as extension messages travel). */
function asyncSpotter(): SpotFn {
  const runtime = bundled;
  return (request) =>
    new Promise((resolve) =>
      setTimeout(() => {
        const answer = runtime.spotter.spot(request);
        resolve(JSON.parse(JSON.stringify(answer)) as typeof answer);
      }, 0),
    );
}

/** An annotator marking every type on `doc`, with its registry. */
function annotatorFor(doc: Document, spot: SpotFn, firstPieceChars?: number) {
  const registry = createHighlightRegistry(doc)!;
  const annotator = createAnnotator({
    doc,
    spot,
    registry,
    isTypeEnabled: () => true,
    yieldToMain: () => Promise.resolve(),
    firstPieceChars,
  });
  return { annotator, registry };
}

async function annotate(doc: Document, spot: SpotFn = asyncSpotter()) {
  // Small pieces: these pages must be matched in many calls.
  const { annotator, registry } = annotatorFor(doc, spot, 2_000);
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

  it('hands out a large page in pieces that end at block boundaries, in document order', () => {
    const doc = pageWith(
      `<main>${Array.from({ length: 400 }, (_, i) => filler(i)).join('')}</main>`,
    );
    const cursor = createTextCursor([doc.body]);
    const pieces: string[] = [];
    for (let snap = cursor.next(4_000); snap; snap = cursor.next(4_000)) {
      pieces.push(snap.text);
      for (const seg of snap.segments) {
        expect(snap.text.slice(seg.start, seg.end)).toBe(seg.node.data);
      }
    }
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(4_000);
      expect(piece.length).toBeLessThan(4_000 + 200);
      expect(piece.endsWith('\n')).toBe(true);
    }
    expect(pieces.join('')).toBe(collectText(doc.body).text);
  });

  it('skips what the page removed while the walk was paused', () => {
    const doc = pageWith(
      `<main><section id="s">${Array.from({ length: 40 }, (_, i) => filler(i)).join('')}</section><p id="tail">Tail text.</p></main>`,
    );
    const cursor = createTextCursor([doc.body]);
    const first = cursor.next(1_000)!;
    expect(first.text.length).toBeGreaterThanOrEqual(1_000);
    doc.getElementById('s')!.remove();
    let rest = '';
    for (let snap = cursor.next(1_000); snap; snap = cursor.next(1_000)) rest += snap.text;
    expect(rest).toContain('Tail text.');
    expect(rest).not.toContain('Paragraph 39');
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

  it('does not apply an answer to text the page changed while the spotter worked', async () => {
    const doc = pageWith(
      '<main><p id="a">Recep Tayyip Erdogan met Vladimir Putin.</p><p id="b">Dmitry Peskov spoke.</p></main>',
    );
    const inner = asyncSpotter();
    const { annotator, registry } = annotatorFor(doc, async (request) => {
      // The page edits one paragraph after the piece was collected.
      const a = doc.getElementById('a')!.firstChild as Text;
      a.data = 'Nobody we know met anyone at all, reportedly.';
      annotator.textChanged(a);
      return inner(request);
    });
    await annotator.annotateDocument();
    expect(registry.ordered().map(markText)).toEqual(['Dmitry Peskov']);
  });

  it('marks a text once when a mutation batch re-annotates it during a pass', async () => {
    const doc = pageWith('<main><p id="a">Dmitry Peskov spoke to Recep Tayyip Erdogan.</p></main>');
    const inner = asyncSpotter();
    let nested: Promise<unknown> = Promise.resolve();
    let batchStarted = false;
    const { annotator, registry } = annotatorFor(doc, (request) => {
      // A batch re-annotates the same paragraph while the full pass waits.
      if (!batchStarted) {
        batchStarted = true;
        nested = annotator.annotateRoots([doc.getElementById('a')!]);
      }
      return inner(request);
    });
    await annotator.annotateDocument();
    await nested;
    expect(registry.ordered().map(markText)).toEqual(['Dmitry Peskov', 'Recep Tayyip Erdogan']);
  });

  it('keeps earlier marks through a new full pass until its answer replaces them', async () => {
    const doc = pageWith(
      '<main><p>Recep Tayyip Erdogan met Vladimir Putin.</p><p>Dmitry Peskov spoke.</p></main>',
    );
    const inner = asyncSpotter();
    let hold: (() => void) | null = null;
    let seenWhileWaiting: string[] = [];
    let types = new Set(['person', 'place', 'organization']);
    const registry = createHighlightRegistry(doc)!;
    const annotator = createAnnotator({
      doc,
      registry,
      spot: async (request) => {
        if (hold === null) {
          await new Promise<void>((resolve) => (hold = resolve));
          seenWhileWaiting = registry.ordered().map(markText);
        }
        return inner(request);
      },
      isTypeEnabled: (type) => types.has(type),
      yieldToMain: () => Promise.resolve(),
    });
    hold = () => undefined;
    await annotator.annotateDocument();
    const first = registry.ordered().map(markText);
    expect(first).toEqual(['Recep Tayyip Erdogan', 'Vladimir Putin', 'Dmitry Peskov']);

    // People are switched off: the next pass waits for its answer.
    types = new Set(['place', 'organization']);
    hold = null;
    const pass = annotator.annotateDocument();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(registry.ordered().map(markText)).toEqual(first);
    (hold as unknown as () => void)();
    await pass;
    expect(seenWhileWaiting).toEqual(first);
    expect(registry.size).toBe(0);
  });

  it('keeps the very marks a new full pass repeats, and adds only what is new', async () => {
    const doc = pageWith(
      '<main><p>Recep Tayyip Erdogan met Vladimir Putin.</p><p id="b">Dmitry Peskov spoke.</p></main>',
    );
    const { annotator, registry } = annotatorFor(doc, asyncSpotter());
    await annotator.annotateDocument();
    const before = registry.ordered();
    doc.getElementById('b')!.append(' So did Hulusi Akar.');
    await annotator.annotateDocument();
    const after = registry.ordered();
    expect(after.map(markText)).toEqual([
      'Recep Tayyip Erdogan',
      'Vladimir Putin',
      'Dmitry Peskov',
      'Hulusi Akar',
    ]);
    // The same objects: their ranges never left their Highlights.
    expect(after.slice(0, 3)).toEqual(before);
    expect(after.slice(0, 3).every((mark, i) => mark === before[i])).toBe(true);
  });

  it('drops earlier marks of text a new full pass no longer reads', async () => {
    const doc = pageWith(
      '<main><p id="a">Recep Tayyip Erdogan met Vladimir Putin.</p><p>Dmitry Peskov spoke.</p></main>',
    );
    const { annotator, registry } = annotatorFor(doc, asyncSpotter());
    await annotator.annotateDocument();
    expect(registry.size).toBe(3);
    // Editable now (the mutation queue would also report it; a full pass must not need that).
    doc.getElementById('a')!.setAttribute('contenteditable', 'true');
    await annotator.annotateDocument();
    expect(registry.ordered().map(markText)).toEqual(['Dmitry Peskov']);
  });

  it('asks again only about pieces a later discovery could change', async () => {
    const inner = asyncSpotter();
    const requests: { chars: number; again: boolean }[] = [];
    const spot: SpotFn = (request) => {
      requests.push({ chars: request.text.length, again: request.onlyIfGains !== undefined });
      return inner(request);
    };
    const doc = pageWith(
      `<main>${[
        '<p>Akar said the posts would hold.</p>',
        ...Array.from({ length: 100 }, (_, i) => filler(i)),
        '<p>Defence Minister Hulusi Akar flew to Ankara.</p>',
      ].join('')}</main>`,
    );
    const { marks, stats } = await annotate(doc, spot);
    expect(marks.filter((m) => m === 'hulusi-akar:Akar')).toHaveLength(1);
    expect(stats.spotCalls).toBe(requests.length);
    // Every piece is asked again (the spotter decides), only the first gains.
    expect(requests.filter((r) => r.again).length).toBeGreaterThan(0);
    expect(stats.rematchedChars).toBeLessThan(stats.chars / 4);
  });
});
