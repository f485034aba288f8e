/** The `spot` CLI, spawned as users run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { collectText } from '../../../dom/text-collector';
import { REPO_ROOT } from '../../../scripts/kb-files';

interface Line {
  file: string;
  mentions: { entityId: string; text: string; start: number; end: number }[];
}

function spot(...args: string[]): { status: number | null; lines: Line[]; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/spot-cli.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
  return { status: r.status, lines, stderr: r.stderr };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'spot-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const article = 'tests/fixtures/articles/000_f000e4b42029985a.txt';

describe('spot CLI', () => {
  it('prints one JSON line per text file with exact offsets', () => {
    const r = spot(article);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
    const [line] = r.lines;
    expect(line!.file).toBe(article);
    const text = readFileSync(path.join(REPO_ROOT, article), 'utf8');
    expect(line!.mentions.length).toBeGreaterThan(100);
    for (const m of line!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(line!.mentions.map((m) => m.entityId)).toContain('ozgur-unluhisarcikli');
  });

  it('reads HTML like the content script: visible text, inline runs joined, scripts skipped', () => {
    const file = path.join(tmp, 'page.html');
    const html = `<!doctype html><html><head><title>Erdogan</title><script>var Erdogan = 1;</script></head>
       <body><h1>Defence chief</h1><p>Minister Hulusi <b>Akar</b> met Dmitry Peskov.</p>
       <textarea>Recep Tayyip Erdogan</textarea><p hidden>Recep Tayyip Erdogan</p></body></html>`;
    writeFileSync(file, html);
    const r = spot(file);
    expect(r.status).toBe(0);
    expect(r.lines[0]!.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual([
      'hulusi-akar:Hulusi Akar',
      'dmitry-peskov:Dmitry Peskov',
    ]);
    // Offsets index the text the content script's collector sees.
    const { text } = collectText(parseHTML(html).document);
    for (const m of r.lines[0]!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads an HTML fragment whole, as a browser would', () => {
    const file = path.join(tmp, 'fragment.html');
    writeFileSync(file, '<!doctype html><p>Hello world</p><p>Talks in Moscow on Syria.</p>');
    const r = spot(file);
    expect(r.status).toBe(0);
    expect(r.lines[0]!.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual([
      'moscow:Moscow',
      'syria:Syria',
    ]);
  });

  it('reads open declarative shadow roots as a browser attaches them, not closed ones', () => {
    const file = path.join(tmp, 'shadow.html');
    writeFileSync(
      file,
      '<!doctype html><html><body><news-article><template shadowrootmode="open"><p>Hulusi Akar flew to Ankara.</p>' +
        '<inner-box><template shadowrootmode="open"><p>Idlib</p></template></inner-box></template></news-article>' +
        '<div><template shadowrootmode="closed"><p>Putin</p></template></div></body></html>',
    );
    const r = spot(file);
    expect(r.status).toBe(0);
    expect(r.lines[0]!.mentions.map((m) => `${m.entityId}:${m.text}`)).toEqual([
      'hulusi-akar:Hulusi Akar',
      'ankara:Ankara',
      'idlib:Idlib',
    ]);
  });

  it('reports unreadable and non-UTF-8 files on stderr, exits non-zero, and still processes the rest', () => {
    const bad = path.join(tmp, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x45, 0x72, 0x64, 0x6f, 0xf0, 0x61, 0x6e]));
    const missing = path.join(tmp, 'missing.txt');
    const r = spot(bad, missing, article);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`${bad}: not valid UTF-8`);
    expect(r.stderr).toContain(`${missing}: no such file`);
    expect(r.lines.map((l) => l.file)).toEqual([article]);
  });

  it('adds a user KB with --kb', () => {
    const kb = path.join(tmp, 'user.json');
    writeFileSync(
      kb,
      JSON.stringify({
        entities: [{ id: 'zorlu-vance', type: 'person', name: 'Zorlu Vance', aliases: [] }],
        claims: [],
        sources: [],
      }),
    );
    const page = path.join(tmp, 'user.txt');
    writeFileSync(page, 'Zorlu Vance met Hulusi Akar.');
    const r = spot('--kb', kb, page);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.lines[0]!.mentions.map((m) => m.entityId)).toEqual(['zorlu-vance', 'hulusi-akar']);
  });

  it('rejects an invalid user KB with its errors on stderr', () => {
    const kb = path.join(tmp, 'bad.json');
    writeFileSync(kb, '{"entities": [{"id": 3}], "claims": [], ');
    const r = spot('--kb', kb, article);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/invalid JSON/);
    expect(r.lines).toEqual([]);
  });

  it('explains usage when no file is given', () => {
    const r = spot();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage');
  });
});
