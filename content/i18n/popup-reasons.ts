// The popup speaks the browser's language (`_locales`), and so do the detector's reasons it lists:
// they are read back through the same tables as the overlay's "why this page".

import { localeFor, ourLanguage } from './languages';
import { createLocaliser, type Localiser } from './localise';
import { UI_TABLES } from './ui-tables';

const made = new Map<string, Localiser>();

export function reasonsLocaliser(uiLanguage: string): Localiser {
  let localiser = made.get(uiLanguage);
  if (!localiser) {
    const language = ourLanguage(uiLanguage) ?? 'en';
    const texts = { language, ui: UI_TABLES[language], piece: null };
    localiser = createLocaliser(texts, localeFor(language, uiLanguage));
    made.set(uiLanguage, localiser);
  }
  return localiser;
}
