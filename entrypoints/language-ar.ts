import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishTexts } from '@/content/i18n/texts';
import { UI_AR } from '@/content/i18n/ui/ar';
import { publishLanguage } from '@/content/knowledge/language-pack';
import { AR } from '@/content/knowledge/languages/ar';
import { PIECE_AR } from '@/content/knowledge/texts/ar';

// The pack's ar cues and aliases, and the overlay's texts in ar: injected by the background before
// the overlay on ar pages, or on the overlay's request when the reader chose ar.
export default defineUnlistedScript(() => {
  publishLanguage('ar', AR);
  publishTexts({ language: 'ar', ui: UI_AR, piece: PIECE_AR });
});
