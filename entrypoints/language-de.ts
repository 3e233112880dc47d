import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishTexts } from '@/content/i18n/texts';
import { UI_DE } from '@/content/i18n/ui/de';
import { publishLanguage } from '@/content/knowledge/language-pack';
import { DE } from '@/content/knowledge/languages/de';
import { PIECE_DE } from '@/content/knowledge/texts/de';

// The pack's de cues and aliases, and the overlay's texts in de: injected by the background before
// the overlay on de pages, or on the overlay's request when the reader chose de.
export default defineUnlistedScript(() => {
  publishLanguage('de', DE);
  publishTexts({ language: 'de', ui: UI_DE, piece: PIECE_DE });
});
