/**
 * Reads the bundled KB's packed matcher (generated/matcher.bin, shipped as
 * /matcher.bin by wxt.config.ts) from the extension package.
 */
import { browser } from 'wxt/browser';

/** The packed matcher's bytes; rejects if the package lacks it. */
export async function readBundledMatcher(): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL('/matcher.bin'));
  if (!response.ok) throw new Error(`Backstory: /matcher.bin: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
