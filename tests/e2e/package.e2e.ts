import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackedMatcher } from '../../lib/matcher/index';
import { EAGER_COMPILE_HINT } from '../../scripts/eager-compile-plugin';
import { lintFirefox } from '../../scripts/lint-firefox';
import { ROOT } from './harness/server';

/**
 * The store packages as built by the e2e global setup (`wxt build` and
 * `wxt build -b firefox`): manifest, icons, permissions, review lint.
 */

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  icons?: Record<string, string>;
  content_scripts?: { matches: string[] }[];
};

const CHROME = join(ROOT, '.output/chrome-mv3');
const FIREFOX = join(ROOT, '.output/firefox-mv2');
const FIREFOX_E2E = join(ROOT, '.output/firefox-mv2-e2e');
const SIZES = ['16', '32', '48', '128'];
const PAGE_MATCHES = ['file:///*', 'http://*/*', 'https://*/*'];

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => file.endsWith(ext) && statSync(file).isFile());
}

/** File names in a zip, from its central directory (no unzip tool needed). */
function zipEntries(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + skip;
  }
  return names;
}

function expectIcons(dir: string, icons: Record<string, string> | undefined): void {
  expect(Object.keys(icons ?? {}).sort()).toEqual([...SIZES].sort());
  for (const [size, path] of Object.entries(icons ?? {})) {
    const png = readFileSync(join(dir, path));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
  }
}

function expectOnlyPageAccess(m: Manifest): void {
  expect(m.permissions).toEqual(['storage']);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_permissions ?? []).toEqual([]);
  for (const script of m.content_scripts ?? []) {
    expect([...script.matches].sort()).toEqual(PAGE_MATCHES);
  }
}

describe('Chrome MV3 package', () => {
  const m = manifest(CHROME);

  it('asks for storage and page access only, and needs the Custom Highlight API', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('Backstory');
    expectOnlyPageAccess(m);
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(105);
  });

  it('has icons at every size, for the extension and the toolbar button', () => {
    expectIcons(CHROME, m.icons);
    expectIcons(CHROME, (m.action as { default_icon?: Record<string, string> }).default_icon);
  });
});

describe('Firefox MV2 package', () => {
  const m = manifest(FIREFOX);

  it('asks for storage and page access only, declares no data collection', () => {
    expect(m.manifest_version).toBe(2);
    expectOnlyPageAccess(m);
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('backstory@backstory.invalid');
    expect(Number.parseFloat(gecko.strict_min_version as string)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has icons at every size, for the extension and the toolbar button', () => {
    expectIcons(FIREFOX, m.icons);
    expectIcons(
      FIREFOX,
      (m.browser_action as { default_icon?: Record<string, string> }).default_icon,
    );
  });

  it('passes web-ext lint with no errors and only explained warnings', () => {
    const report = lintFirefox(FIREFOX);
    expect(report.errors).toEqual([]);
    expect(report.unexplainedWarnings).toEqual([]);
  }, 60_000);
});

describe('AMO sources zip', () => {
  it('holds what a reviewer needs to rebuild, and no build output or dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const zip = join(ROOT, `.output/backstory-${pkg.version}-sources.zip`);
    const names = zipEntries(readFileSync(zip));
    for (const needed of [
      'package.json',
      'package-lock.json',
      'README.md',
      'wxt.config.ts',
      'tsconfig.json',
      'assets/icon.svg',
      'scripts/build-kb.ts',
      'entrypoints/background.ts',
    ]) {
      expect(names).toContain(needed);
    }
    expect(names.some((name) => /^kb\/.+\.json$/.test(name))).toBe(true);
    expect(names.filter((name) => /^(node_modules|\.output|\.wxt|generated)\//.test(name))).toEqual(
      [],
    );
  });
});

describe('test-only code', () => {
  const hook = 'e2e/open-popup';
  const contains = (dir: string) =>
    files(dir, '.js').filter((file) => readFileSync(file, 'utf8').includes(hook));

  it('the open-popup hook is in the e2e build only, never in a store build', () => {
    expect(contains(FIREFOX_E2E).length).toBeGreaterThan(0);
    expect(contains(CHROME)).toEqual([]);
    expect(contains(FIREFOX)).toEqual([]);
  });
});

describe('compile hints', () => {
  const hinted = (dir: string) =>
    files(dir, '.js')
      .filter((file) => readFileSync(file, 'utf8').startsWith(`${EAGER_COMPILE_HINT}\n`))
      .map((file) => relative(dir, file));

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])('%s: only the content script asks V8 to compile all its functions at load', (_name, dir) => {
    expect(hinted(dir)).toEqual(['content-scripts/content.js']);
  });
});

describe('where the KB lives', () => {
  // A claim quote stands for the KB: the background spots and builds cards,
  // so content scripts (loaded into every page) never carry it.
  const { claims } = JSON.parse(readFileSync(join(ROOT, 'kb/claims.json'), 'utf8')) as {
    claims: { quote?: string }[];
  };
  const quote = claims.find((c) => (c.quote?.length ?? 0) > 40)!.quote!.slice(0, 40);
  const holding = (dir: string) =>
    files(dir, '.js')
      .filter((file) => readFileSync(file, 'utf8').includes(quote))
      .map((file) => relative(dir, file).replace(/-[\w-]{8}\.js$/, '.js'));

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])('%s: in the background and the popup, never in the content script', (_name, dir) => {
    const found = holding(dir);
    expect(found).toContain('background.js');
    expect(found.some((file) => file.startsWith('content-scripts/'))).toBe(false);
  });

  it.each([
    ['Chrome', CHROME],
    ['Firefox', FIREFOX],
  ])('%s: ships the packed matcher the build made, and it finds names', (_name, dir) => {
    const shipped = readFileSync(join(dir, 'matcher.bin'));
    expect(shipped.equals(readFileSync(join(ROOT, 'generated/matcher.bin')))).toBe(true);
    const matcher = loadPackedMatcher(new Uint8Array(shipped));
    expect(matcher.findMentions('Hulusi Akar met Dmitry Peskov.').map((m) => m.entityId)).toEqual([
      'hulusi-akar',
      'dmitry-peskov',
    ]);
  });
});

describe('our sources', () => {
  it('never write HTML strings into a document (text nodes only)', () => {
    const html =
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML)\b|document\.write\(/;
    const offenders = ['entrypoints', 'components', 'dom', 'utils', 'lib']
      .flatMap((dir) => {
        try {
          return [...files(join(ROOT, dir), '.ts'), ...files(join(ROOT, dir), '.tsx')];
        } catch {
          return [];
        }
      })
      .filter((file) => html.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
