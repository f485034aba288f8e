import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICON_DIR, ICON_SIZES, ICON_SOURCE, renderIcon } from '../../scripts/render-icons';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('toolbar and store icons', () => {
  const svg = readFileSync(ICON_SOURCE, 'utf8');

  it.each(ICON_SIZES)('public/icon/%ipx.png is the current render of assets/icon.svg', (size) => {
    const committed = readFileSync(join(ICON_DIR, `${size}.png`));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    // If this fails, the SVG changed: run `npx tsx scripts/render-icons.ts`.
    expect(renderIcon(svg, size).equals(committed)).toBe(true);
  });

  it('the source is a square SVG drawn without text (no font dependency)', () => {
    expect(svg).toMatch(/viewBox="0 0 128 128"/);
    expect(svg).not.toMatch(/<text\b/);
  });
});
