// All six interface tables at once: for the popup (a page of its own, not a content script) and the
// tests. The overlay must not import this: it carries English and receives one other language.
import type { Language } from '../types';
import type { UiTable } from './types';
import { UI_AR } from './ui/ar';
import { UI_DE } from './ui/de';
import { UI_EN } from './ui/en';
import { UI_ES } from './ui/es';
import { UI_FR } from './ui/fr';
import { UI_IT } from './ui/it';

export const UI_TABLES: Record<Language, UiTable> = {
  en: UI_EN,
  es: UI_ES,
  fr: UI_FR,
  de: UI_DE,
  it: UI_IT,
  ar: UI_AR,
};
