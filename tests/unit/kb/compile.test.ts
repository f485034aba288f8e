import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPart, compileKb, parseBundledKb } from '../../../lib/kb/compile';
import { loadMatcher } from '../../../lib/matcher/index';
import { loadSearch } from '../../../lib/search/index';
import { loadKbDir, REPO_ROOT } from '../../../scripts/kb-files';
import { validKb } from './kb-fixture';

describe('compileKb', () => {
  it('produces plain JSON with a normalised KB, matcher tables and a search index', () => {
    const compiled = JSON.parse(JSON.stringify(compileKb(validKb()))) as ReturnType<
      typeof compileKb
    >;
    const loaded = parseBundledKb(JSON.parse(JSON.stringify(bundledPart(compiled))));
    expect(loaded.formatVersion).toBe(2);
    // The bundled part leaves the matcher out: the extension ships it packed.
    expect(Object.keys(loaded).sort()).toEqual(['formatVersion', 'kb', 'search']);
    expect(loaded.kb.entities[0]!.aliases[0]).toEqual({
      text: 'Recep Tayyip Erdogan',
      match: 'alone',
    });
    const matcher = loadMatcher(compiled.matcher);
    const text = 'Yesterday Recep Tayyip Erdogan spoke.';
    expect(matcher.findMentions(text)).toEqual([
      { entityId: 'recep-tayyip-erdogan', text: 'Recep Tayyip Erdogan', start: 10, end: 30 },
    ]);
    expect(() => loadSearch(loaded.search)).not.toThrow();
  });

  it('compiles the bundled KB so the matcher finds its people in the source articles', () => {
    const bundled = loadKbDir(path.join(REPO_ROOT, 'kb'));
    if (!bundled.ok) throw new Error(bundled.errors.map((e) => e.message).join('\n'));
    const compiled = JSON.parse(JSON.stringify(compileKb(bundled.kb))) as ReturnType<
      typeof compileKb
    >;
    const article = readFileSync(
      path.join(REPO_ROOT, 'tests/fixtures/articles/000_f000e4b42029985a.txt'),
      'utf8',
    );
    const found = new Set(
      loadMatcher(compiled.matcher)
        .findMentions(article)
        .map((m) => m.entityId),
    );
    expect(found).toContain('recep-tayyip-erdogan');
  });
});

describe('parseBundledKb', () => {
  it('rejects a stale or foreign file with a hint to rebuild', () => {
    expect(() => parseBundledKb(null)).toThrow(/npm run build:kb/);
    expect(() => parseBundledKb({ formatVersion: 1, kb: {}, matcher: {}, search: {} })).toThrow(
      /format version 1, expected 2/,
    );
    expect(() => parseBundledKb({ formatVersion: 2, kb: {} })).toThrow(/missing kb or search/);
  });
});
