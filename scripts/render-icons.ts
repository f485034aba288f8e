import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const ROOT = resolve(import.meta.dirname, '..');
/** The designed source; every PNG is rendered from it. */
export const ICON_SOURCE = join(ROOT, 'assets/icon.svg');
/** WXT picks up public/icon/<size>.png for the manifest and toolbar icons. */
export const ICON_DIR = join(ROOT, 'public/icon');
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Renders the SVG source as a square PNG `size` pixels wide. */
export function renderIcon(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

/** Writes public/icon/<size>.png for every size; returns the files written. */
export async function renderIcons(): Promise<string[]> {
  const svg = await readFile(ICON_SOURCE, 'utf8');
  await mkdir(ICON_DIR, { recursive: true });
  const written: string[] = [];
  for (const size of ICON_SIZES) {
    const file = join(ICON_DIR, `${size}.png`);
    await writeFile(file, renderIcon(svg, size));
    written.push(file);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const file of await renderIcons()) console.log(`wrote ${file}`);
}
