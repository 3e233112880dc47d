import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishTexts } from '@/content/i18n/texts';
import { UI_ES } from '@/content/i18n/ui/es';
import { publishLanguage } from '@/content/knowledge/language-pack';
import { ES } from '@/content/knowledge/languages/es';
import { PIECE_ES } from '@/content/knowledge/texts/es';

// The pack's es cues and aliases, and the overlay's texts in es: injected by the background before
// the overlay on es pages, or on the overlay's request when the reader chose es.
export default defineUnlistedScript(() => {
  publishLanguage('es', ES);
  publishTexts({ language: 'es', ui: UI_ES, piece: PIECE_ES });
});
