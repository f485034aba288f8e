/**
 * The packed matcher (what the extension ships) finds exactly what the JSON
 * form finds, loads as views onto its buffer, and refuses a buffer that is
 * not one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../../lib/kb/compile';
import {
  compileMatcher,
  loadMatcher,
  loadPackedMatcher,
  packMatcher,
  PackedMatcherError,
} from '../../../lib/matcher/index';
import { unpackTables } from '../../../lib/matcher/packed';
import { loadKbDir, REPO_ROOT } from '../../../scripts/kb-files';
import { __test as bench } from '../../../scripts/bench/matcher';
import { alias } from './helpers';

const loaded = loadKbDir(path.join(REPO_ROOT, 'kb'));
if (!loaded.ok) throw new Error('bundled KB invalid');
const compiled = compileKb(loaded.kb).matcher;

function pageTexts(): string[] {
  const dir = path.join(REPO_ROOT, 'tests/fixtures/articles');
  const articles = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  return [...articles, articles.join('\n').toUpperCase(), 'Türkiye’s Erdoğan, Peskov and İdlib.'];
}

describe('packed matcher', () => {
  it('finds the same mentions as the JSON form on the bundled KB', () => {
    const json = loadMatcher(compiled);
    const packed = loadPackedMatcher(packMatcher(compiled));
    expect(packed.aliasCount).toBe(json.aliasCount);
    for (const text of pageTexts()) {
      const mentions = json.findMentions(text);
      expect(mentions.length).toBeGreaterThan(0);
      expect(packed.findMentions(text)).toEqual(mentions);
    }
  });

  it('finds the same mentions as the JSON form on a large synthetic KB', () => {
    const aliases = bench.syntheticAliases(20_000, 11);
    const text = bench.syntheticText(300_000, aliases, 12);
    const data = compileMatcher(aliases);
    const mentions = loadMatcher(data).findMentions(text);
    expect(mentions.length).toBeGreaterThan(1000);
    expect(loadPackedMatcher(packMatcher(data)).findMentions(text)).toEqual(mentions);
  });

  it('loads as views onto the buffer, without copying the tables', () => {
    const bytes = packMatcher(compiled);
    const tables = unpackTables(bytes);
    expect(tables.records.buffer).toBe(bytes.buffer);
    expect(tables.edges.slots.buffer).toBe(bytes.buffer);
  });

  it('reads a buffer that does not start on a 4-byte boundary', () => {
    const bytes = packMatcher(compileMatcher([alias('erdogan', 'Recep Tayyip Erdogan')]));
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(loadPackedMatcher(shifted).findMentions('Recep Tayyip Erdogan')).toHaveLength(1);
  });

  it('refuses to pack text UTF-8 cannot carry, rather than lose a name', () => {
    const data = compileMatcher([alias('x', 'Foo\uD800bar')]);
    expect(loadMatcher(data).findMentions('Foo\uD800bar')).toHaveLength(1);
    expect(() => packMatcher(data)).toThrow(PackedMatcherError);
  });

  it('refuses what is not a packed matcher of this version, with a clear error', () => {
    const good = packMatcher(compileMatcher([alias('erdogan', 'Erdogan')]));
    const words = (bytes: Uint8Array) => new Int32Array(bytes.buffer, bytes.byteOffset, 11);
    const edited = (change: (w: Int32Array) => void) => {
      const copy = good.slice();
      change(words(copy));
      return copy;
    };
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(8), /too short/],
      [new TextEncoder().encode(JSON.stringify(compileMatcher([])).padEnd(64)), /not a packed/],
      [edited((w) => (w[1] = 99)), /version 99/],
      [good.subarray(0, good.length - 4), /size/],
      [edited((w) => (w[5] = w[4]!)), /edge table/],
      [edited((w) => (w[7] = 3)), /root filter/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => loadPackedMatcher(bytes)).toThrow(PackedMatcherError);
      expect(() => loadPackedMatcher(bytes)).toThrow(message);
    }
  });
});
