import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { glossary, notes } from '@/content/knowledge';
import { publishLanguage } from '@/content/knowledge/language-pack';

// The pack's es cues and aliases, injected by the background before the overlay on es pages.
export default defineUnlistedScript(() => publishLanguage('es', notes, glossary));
