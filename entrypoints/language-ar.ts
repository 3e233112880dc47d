import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { glossary, notes } from '@/content/knowledge';
import { publishLanguage } from '@/content/knowledge/language-pack';

// The pack's ar cues and aliases, injected by the background before the overlay on ar pages.
export default defineUnlistedScript(() => publishLanguage('ar', notes, glossary));
