import { browser } from 'wxt/browser';

/**
 * A UI string from `_locales` in the browser's language. Falls back to the key itself where the
 * i18n API is missing (unit tests), so a missing string is visible rather than blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // Keys are checked by the locale tests, not by the generated key union, so plain strings pass here.
    const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
    const message = getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No i18n API in this context.
  }
  return key;
}

/** A count in words: one and many take different strings ("1 note", "2 notes"); `many` gets `$1`. */
export const countText = (count: number, one: string, many: string): string =>
  count === 1 ? t(one) : t(many, String(count));

/** The browser's UI language, e.g. 'en-US', or 'en' where it cannot be read. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

// Languages written right to left, by primary subtag.
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** The writing direction of the UI language: our own UI must not take the page's (`all` keeps `direction`). */
export function uiDirection(language = uiLanguage()): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language.split(/[-_]/)[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
