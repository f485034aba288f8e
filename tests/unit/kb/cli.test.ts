/**
 * The command-line tools as users run them: `kb export`, `kb check FILE` and
 * `build-kb`, spawned through `npx tsx` on real and deliberately broken files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../lib/kb/types';
import { REPO_ROOT } from '../../../scripts/kb-files';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[]): Run {
  const result = spawnSync('npx', ['tsx', path.join('scripts', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const kbCli = (...args: string[]) => run('kb-cli.ts', args);
const buildKb = (...args: string[]) => run('build-kb.ts', args);

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'backstory-kb-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

function writeTmp(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const goodUserKb = {
  entities: [
    { id: 'example-person', type: 'person', name: 'Example Person', aliases: ['E. Person'] },
  ],
  claims: [
    {
      id: 'example-claim',
      text: 'Example Person said something about Idlib.',
      speakerId: 'example-person',
      entityIds: ['example-person'],
      kind: 'statement',
      sourceId: 'example-source',
    },
  ],
  sources: [{ id: 'example-source', title: 'An example source' }],
};

// Each case spawns `npx tsx` (about a second each, more under a parallel test run).
describe('kb CLI', { timeout: 60_000 }, () => {
  it('prints help with --help', () => {
    const r = kbCli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run --silent kb -- <command>');
    expect(r.stdout).toContain('check FILE.json');
  });

  it('rejects a missing or unknown command with exit 2', () => {
    expect(kbCli()).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('missing command') as string,
    });
    expect(kbCli('frobnicate')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('unknown command "frobnicate"') as string,
    });
    expect(kbCli('check')).toMatchObject({ status: 2 });
  });

  it('exports the bundled KB as JSON with the fixed field names', () => {
    const r = kbCli('export');
    expect(r.status).toBe(0);
    const kb = JSON.parse(r.stdout) as Required<KnowledgeBase>;
    expect(Object.keys(kb)).toEqual(['entities', 'claims', 'sources', 'links']);
    expect(kb.entities.length).toBeGreaterThan(10);
    for (const e of kb.entities) {
      expect(Object.keys(e).slice(0, 4)).toEqual(['id', 'type', 'name', 'aliases']);
      expect(e.aliases.every((a) => typeof a === 'string')).toBe(true);
    }
    for (const c of kb.claims) {
      expect(c).toMatchObject({
        id: expect.any(String) as string,
        text: expect.any(String) as string,
        entityIds: expect.any(Array) as string[],
        sourceId: expect.any(String) as string,
      });
    }
    expect(kb.entities.map((e) => e.id)).toContain('recep-tayyip-erdogan');
  });

  it('round-trips: the export checks clean on its own', () => {
    const exported = writeTmp('export.json', kbCli('export').stdout);
    const emptyKbDir = path.join(tmp, 'empty-kb');
    cpSync(path.join(REPO_ROOT, 'kb'), emptyKbDir, {
      recursive: true,
      filter: (s) => !s.endsWith('.json'),
    });
    writeFileSync(path.join(emptyKbDir, 'empty.json'), '{}');
    const kb = JSON.parse(readFileSync(exported, 'utf8')) as KnowledgeBase;
    const r = kbCli('check', exported, '--kb-dir', emptyKbDir);
    expect(r.stdout.trim()).toBe(`ok: ${kb.entities.length} entities, ${kb.claims.length} claims`);
    expect(r.status).toBe(0);
  });

  it('reports id clashes when the export is checked against the bundled KB', () => {
    const exported = writeTmp('export-again.json', kbCli('export').stdout);
    const r = kbCli('check', exported);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `${exported}: entities[0].id: duplicate entity id "${(JSON.parse(readFileSync(exported, 'utf8')) as KnowledgeBase).entities[0]!.id}" (first used at bundled KB entities[0])`,
    );
  });

  it('accepts a valid user KB file', () => {
    const r = kbCli('check', writeTmp('good.json', goodUserKb));
    expect(r.stdout.trim()).toBe('ok: 1 entities, 1 claims');
    expect(r.status).toBe(0);
  });

  it('prints every error of a bad user KB file and exits 1', () => {
    const bad = structuredClone(goodUserKb) as unknown as Record<string, Record<string, unknown>[]>;
    bad.claims![0]!.speakerId = 'nobody';
    bad.claims![0]!.kind = 'gossip';
    bad.entities![0]!.aliases = ['Erdogan'];
    const file = writeTmp('bad.json', bad);
    const r = kbCli('check', file);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: entities\\[0\\]\\.aliases\\[0\\]: "Erdogan" is also a name of "recep-tayyip-erdogan"`,
      ),
    );
    expect(lines[1]).toBe(
      `${file}: claims[0].kind: must be one of "statement", "threat", "assessment", "figure", "event-report", got "gossip"`,
    );
    expect(lines[2]).toBe(`${file}: claims[0].speakerId: unknown entity id "nobody"`);
    expect(r.stderr).toContain(`${file}: 3 errors`);
  });

  it('reports invalid JSON with its line and column', () => {
    const file = writeTmp(
      'syntax.json',
      '{\n  "entities": [\n    { "id": "x" }\n  ],\n  "claims": [,]\n}',
    );
    const r = kbCli('check', file);
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe(
      `${file}: line 5, column 14: invalid JSON: unexpected "," where a value was expected`,
    );
  });

  it('exits 2 with a clear message for an unreadable file', () => {
    const missing = path.join(tmp, 'nope.json');
    const r = kbCli('check', missing);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`kb: cannot read ${missing}: no such file`);
    const dir = kbCli('check', tmp);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('is a directory');
  });
});

describe('build-kb', { timeout: 60_000 }, () => {
  function copyKb(name: string): string {
    const dir = path.join(tmp, name);
    cpSync(path.join(REPO_ROOT, 'kb'), dir, { recursive: true });
    return dir;
  }

  it('compiles the bundled KB and prints a summary', () => {
    const out = path.join(tmp, 'out', 'kb.json');
    const r = buildKb('--out', out);
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^build:kb: \d+ entities, \d+ claims, \d+ sources, \d+ links from \d+ files → /,
    );
    const compiled = JSON.parse(readFileSync(out, 'utf8')) as {
      formatVersion: number;
      kb: KnowledgeBase;
    };
    expect(compiled.formatVersion).toBe(2);
    expect(compiled).not.toHaveProperty('matcher');
    // The packed matcher goes beside it.
    expect(readFileSync(path.join(tmp, 'out', 'matcher.bin')).length).toBeGreaterThan(1000);
    expect(compiled.kb.entities.length).toBeGreaterThan(10);
    expect(compiled.kb.entities.every((e) => e.aliases.every((a) => typeof a === 'object'))).toBe(
      true,
    );
  });

  it('fails on a broken KB copy, naming the file, path and reason, and writes nothing', () => {
    const dir = copyKb('broken-kb');
    const claimsFile = path.join(dir, 'claims.json');
    const data = JSON.parse(readFileSync(claimsFile, 'utf8')) as KnowledgeBase;
    const claim = data.claims[3]!;
    claim.quote = `${claim.quote ?? ''} (words the source never wrote)`;
    delete claim.selector;
    claim.speakerId = 'no-such-speaker';
    writeFileSync(claimsFile, JSON.stringify(data, null, 2));
    const out = path.join(tmp, 'broken-out', 'kb.json');
    const r = buildKb('--kb-dir', dir, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${claimsFile}: claims[3].speakerId: unknown entity id "no-such-speaker"`,
    );
    expect(r.stderr).toContain(
      `${claimsFile}: claims[3].quote: does not occur verbatim in the text of source`,
    );
    expect(r.stderr).toMatch(/build:kb: 2 errors; .* not written/);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on invalid JSON with the file and position', () => {
    const dir = copyKb('syntax-kb');
    const file = path.join(dir, 'sources.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\}\s*\]\s*\}\s*$/, '},]}'));
    const r = buildKb('--kb-dir', dir, '--out', path.join(tmp, 'syntax-out.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line \\d+, column \\d+: invalid JSON: trailing comma before "\\]"`,
      ),
    );
  });

  it('fails on a missing KB directory', () => {
    const missing = path.join(tmp, 'no-kb-here');
    const r = buildKb('--kb-dir', missing, '--out', path.join(tmp, 'x.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${missing}: (dir): cannot read KB directory: no such file`);
  });
});
