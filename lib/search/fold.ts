/**
 * Search folding: the matcher's per-code-unit fold (lower case, no
 * diacritics, Turkish ı/İ → i, hyphen and apostrophe variants unified), but
 * keeping every code unit, ignorable ones included, so the folded string has
 * exactly the original's length. fuse.js match ranges on folded text are
 * then ranges on the original text, with no offset map.
 */
import { foldCode } from '../text/fold';

const CHUNK = 4096;

/** Folds `text` for search; the result has exactly `text.length` UTF-16 units. */
export function foldForSearch(text: string): string {
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCharCode(...codes.slice(i, i + CHUNK));
  }
  return out;
}
