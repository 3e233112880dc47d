import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ENGLISH, type Localiser } from '@/content/i18n/localise';
import { ENGLISH_TEXTS, textsFor } from '@/content/i18n/texts';
import type { LanguageTexts } from '@/content/i18n/types';
import type { Language } from '@/content/types';

// The overlay's language reaches every component through context: English where none is provided
// (component tests, and the moment before another language's texts arrive).
export const LocaliserContext = createContext<Localiser>(ENGLISH);
export const useLocaliser = (): Localiser => useContext(LocaliserContext);

/**
 * The texts of `language`: at once when its script is here (the background injects the page's own
 * before the overlay), else English while the background is asked for it (the reader chose a
 * language other than the page's, or the page's is not one of ours and the browser's is).
 */
export function useLanguageTexts(language: Language): LanguageTexts {
  const [, arrived] = useState(0);
  const texts = textsFor(language);
  useEffect(() => {
    if (texts) return;
    let live = true;
    browser.runtime
      .sendMessage({ type: 'load-language', language })
      .then(() => live && textsFor(language) && arrived((n) => n + 1))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [language, texts]);
  return texts ?? ENGLISH_TEXTS;
}
