/**
 * Comparison key for aliases: two aliases with the same key would be
 * indistinguishable on a page, so the validator treats them as the same name.
 * Deliberately at least as aggressive as the matcher's folding in
 * lib/text/fold.ts (case, diacritics, Turkish dotless/dotted i, apostrophes,
 * hyphen variants, zero-width characters, whitespace) so a clash the
 * matcher could hit is always reported.
 */

// Letters that Unicode does not decompose into base letter + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ħ: 'h',
  Ħ: 'h',
  ŧ: 't',
  Ŧ: 't',
  ς: 'σ',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
// Combining marks plus soft hyphens and zero-width characters, which the matcher skips.
const MARKS_RE = /[\p{M}\p{Cf}]+/gu;
const HYPHENS_RE = /[\u2010-\u2012\u2212\uFE63\uFF0D\u058A\u1806\u2E3A]/g;
// Straight, curly and modifier apostrophes, backtick and acute accent.
const APOSTROPHES_RE = /['\u2018\u2019\u02BC\u02BB`\u00B4\u2032\u201B\uFF07\u02B9]/g;
const WHITESPACE_RE = /\s+/gu;

/** Folded form of an alias: "  Özgür  Ünlühisarcıklı" → "ozgur unluhisarcikli". */
export function aliasKey(text: string): string {
  return text
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(APOSTROPHES_RE, '')
    .replace(HYPHENS_RE, '-')
    .replace(WHITESPACE_RE, ' ')
    .trim();
}

/** Whitespace-normalised text, as the provenance check compares quotes with sources. */
export function normalizeWhitespace(text: string): string {
  return text.replace(WHITESPACE_RE, ' ').trim();
}
