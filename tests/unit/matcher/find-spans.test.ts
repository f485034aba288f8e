/**
 * `findSpans` (what the background calls for each piece of a page) and
 * `findMentions` (the CLI's call) share one resolver and must find the same
 * mentions: checked on the source articles and on every unseen page, with
 * calls of both kinds interleaved on one matcher (they share its buffers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../../dom/text-collector';
import { parsePage } from '../../../scripts/parse-page';
import { compileKb } from '../../../lib/kb/compile';
import { loadMatcher, type CompiledMatcher, type Matcher } from '../../../lib/matcher/index';
import { loadKbDir, REPO_ROOT } from '../../../scripts/kb-files';
import { alias, matcherFor } from './helpers';

const loaded = loadKbDir(path.join(REPO_ROOT, 'kb'));
if (!loaded.ok) throw new Error(`bundled KB invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
const matcher = loadMatcher(
  JSON.parse(JSON.stringify(compileKb(loaded.kb).matcher)) as CompiledMatcher,
);

function texts(): [string, string][] {
  const articles = path.join(REPO_ROOT, 'tests/fixtures/articles');
  const pages = path.join(REPO_ROOT, 'tests/fixtures/pages/unseen');
  return [
    ...readdirSync(articles)
      .filter((f) => f.endsWith('.txt'))
      .map((f): [string, string] => [f, readFileSync(path.join(articles, f), 'utf8')]),
    ...['negative', 'positive'].flatMap((dir) =>
      readdirSync(path.join(pages, dir))
        .filter((f) => f.endsWith('.html'))
        .map((f): [string, string] => {
          const html = readFileSync(path.join(pages, dir, f), 'utf8');
          return [f, collectText(parsePage(html), { checkStyle: false }).text];
        }),
    ),
  ];
}

/** findSpans's answer as [entityId, text, start, end] rows. */
function spanRows(m: Matcher, text: string): [string, string, number, number][] {
  const spans = m.findSpans(text);
  expect(spans.length % 3).toBe(0);
  const rows: [string, string, number, number][] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const [start, end, entity] = [spans[k]!, spans[k + 1]!, spans[k + 2]!];
    rows.push([m.entityIdAt(entity), text.slice(start, end), start, end]);
  }
  return rows;
}

describe('findSpans', () => {
  const all = texts();

  it('finds what findMentions finds, on the articles and every unseen page', () => {
    expect(all.length).toBeGreaterThan(200);
    let total = 0;
    for (const [name, text] of all) {
      const mentions = matcher.findMentions(text);
      const rows = spanRows(matcher, text);
      expect(rows, name).toEqual(mentions.map((m) => [m.entityId, m.text, m.start, m.end]));
      total += rows.length;
    }
    // The comparison is not between two empty lists.
    expect(total).toBeGreaterThan(1000);
  });

  it('gives the same answer whichever call came before', () => {
    const [, article] = all[0]!;
    const first = spanRows(matcher, article);
    expect(first.length).toBeGreaterThan(20);
    for (const [, text] of all.slice(1, 40)) {
      matcher.findMentions(text);
      matcher.findSpans(text);
    }
    expect(spanRows(matcher, article)).toEqual(first);
  });

  it('names each entity index, and refuses an index it does not have', () => {
    const m = matcherFor([alias('akar', 'Hulusi Akar'), alias('peskov', 'Dmitry Peskov')]);
    expect(spanRows(m, 'Dmitry Peskov and Hulusi Akar.')).toEqual([
      ['peskov', 'Dmitry Peskov', 0, 13],
      ['akar', 'Hulusi Akar', 18, 29],
    ]);
    expect(() => m.entityIdAt(2)).toThrow(RangeError);
    expect(() => m.entityIdAt(-1)).toThrow(RangeError);
    expect(() => m.entityIdAt(0.5)).toThrow(RangeError);
  });

  it('answers an empty array for text with no mention', () => {
    expect(matcher.findSpans('')).toEqual(new Int32Array(0));
    expect(matcher.findSpans('Nothing to see here, a cooking blog about bread.')).toEqual(
      new Int32Array(0),
    );
  });
});
