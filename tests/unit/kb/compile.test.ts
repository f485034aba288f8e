import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKb, parseCompiledKb } from '../../../lib/kb/compile';
import { loadMatcher } from '../../../lib/matcher/index';
import { loadSearch } from '../../../lib/search/index';
import { loadKbDir, REPO_ROOT } from '../../../scripts/kb-files';
import { validKb } from './kb-fixture';

describe('compileKb', () => {
  it('produces plain JSON with a normalised KB, matcher tables and a search index', () => {
    const compiled = compileKb(validKb());
    const json = JSON.parse(JSON.stringify(compiled)) as unknown;
    const loaded = parseCompiledKb(json);
    expect(loaded.formatVersion).toBe(1);
    expect(loaded.kb.entities[0]!.aliases[0]).toEqual({
      text: 'Recep Tayyip Erdogan',
      match: 'alone',
    });
    const matcher = loadMatcher(loaded.matcher);
    const text = 'Yesterday Recep Tayyip Erdogan spoke.';
    expect(matcher.findMentions(text)).toEqual([
      { entityId: 'recep-tayyip-erdogan', text: 'Recep Tayyip Erdogan', start: 10, end: 30 },
    ]);
    expect(() => loadSearch(loaded.search)).not.toThrow();
  });

  it('compiles the bundled KB so the matcher finds its people in the source articles', () => {
    const bundled = loadKbDir(path.join(REPO_ROOT, 'kb'));
    if (!bundled.ok) throw new Error(bundled.errors.map((e) => e.message).join('\n'));
    const compiled = parseCompiledKb(JSON.parse(JSON.stringify(compileKb(bundled.kb))));
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

describe('parseCompiledKb', () => {
  it('rejects a stale or foreign file with a hint to rebuild', () => {
    expect(() => parseCompiledKb(null)).toThrow(/npm run build:kb/);
    expect(() => parseCompiledKb({ formatVersion: 2, kb: {}, matcher: {}, search: {} })).toThrow(
      /format version 2, expected 1/,
    );
    expect(() => parseCompiledKb({ formatVersion: 1, kb: {} })).toThrow(
      /missing kb, matcher or search/,
    );
  });
});
