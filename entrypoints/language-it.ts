import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { publishTexts } from '@/content/i18n/texts';
import { UI_IT } from '@/content/i18n/ui/it';
import { publishLanguage } from '@/content/knowledge/language-pack';
import { IT } from '@/content/knowledge/languages/it';
import { PIECE_IT } from '@/content/knowledge/texts/it';

// The pack's it cues and aliases, and the overlay's texts in it: injected by the background before
// the overlay on it pages, or on the overlay's request when the reader chose it.
export default defineUnlistedScript(() => {
  publishLanguage('it', IT);
  publishTexts({ language: 'it', ui: UI_IT, piece: PIECE_IT });
});
