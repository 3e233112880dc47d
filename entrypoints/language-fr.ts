import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishTexts } from '@/content/i18n/texts';
import { UI_FR } from '@/content/i18n/ui/fr';
import { publishLanguage } from '@/content/knowledge/language-pack';
import { FR } from '@/content/knowledge/languages/fr';
import { PIECE_FR } from '@/content/knowledge/texts/fr';

// The pack's fr cues and aliases, and the overlay's texts in fr: injected by the background before
// the overlay on fr pages, or on the overlay's request when the reader chose fr.
export default defineUnlistedScript(() => {
  publishLanguage('fr', FR);
  publishTexts({ language: 'fr', ui: UI_FR, piece: PIECE_FR });
});
