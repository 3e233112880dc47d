import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { glossary, notes } from '@/content/knowledge';
import { publishLanguage } from '@/content/knowledge/language-pack';

// The pack's de cues and aliases, injected by the background before the overlay on de pages.
export default defineUnlistedScript(() => publishLanguage('de', notes, glossary));
