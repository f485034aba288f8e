/**
 * Arabic writes its one-letter conjunctions and prepositions joined to the
 * next word: "وأردوغان" (and Erdogan), "بإدلب" (in Idlib), "للأمم المتحدة"
 * (for the United Nations). The matcher finds whole words only, so the KB
 * compiler adds these joined forms of every alias in Arabic script, as the
 * KB lists Russian case forms: found on pages, but no names of their own.
 */

/** First letter of a word in Arabic script (the Arabic block, U+0600–U+06FF). */
const ARABIC_LETTER = /^[\u0620-\u064a\u066e-\u06d3]/;
const ARTICLE = 'ال';
/** Clitics before a word without the article: and, so, in/with, for, like; and in, and for. */
const BARE_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول'];
/** Before the article: "ل" + "ال" is written "لل" ("للأمم"). */
const ARTICLE_PREFIXES = ['و', 'ف', 'ب', 'ك', 'وب'];
const ARTICLE_LAM_PREFIXES = ['لل', 'ولل'];

/** The joined forms of an Arabic-script alias (none for other scripts). */
export function arabicCliticForms(text: string): string[] {
  if (!ARABIC_LETTER.test(text)) return [];
  if (text.startsWith(ARTICLE) && text.length > ARTICLE.length + 1) {
    return [
      ...ARTICLE_PREFIXES.map((p) => p + text),
      ...ARTICLE_LAM_PREFIXES.map((p) => p + text.slice(ARTICLE.length)),
    ];
  }
  return BARE_PREFIXES.map((p) => p + text);
}
