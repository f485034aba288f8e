/**
 * UI text from public/_locales/en/messages.json. Falls back to the key so a
 * missing message is visible in review instead of an empty string.
 */
import { browser } from 'wxt/browser';

/** Message text for `key`, with `$1`… substitutions. */
export function t(key: string, ...subs: (string | number)[]): string {
  // The generated typings only know literal message names; keys here are checked by the e2e runs.
  const i18n = browser.i18n as unknown as { getMessage(name: string, subs?: string[]): string };
  const text = i18n.getMessage(
    key,
    subs.map((s) => String(s)),
  );
  return text || key;
}

/** The browser's UI language, for dates; undefined where the API is missing. */
export function uiLocale(): string | undefined {
  try {
    return browser.i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

/** "1 mention" / "4 mentions" style pair. */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? t(one) : t(many, n);
}
