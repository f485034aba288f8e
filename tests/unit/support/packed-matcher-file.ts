/** The build's packed matcher (generated/matcher.bin), read from disk where the extension fetches it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPackedMatcherFile(): Promise<Uint8Array> {
  const file = join(import.meta.dirname, '../../../generated/matcher.bin');
  return Promise.resolve(new Uint8Array(readFileSync(file)));
}
