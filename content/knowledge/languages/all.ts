// Every language at once, for the tests and the tools (eval:notes, the bench) that read pages in any
// language; the extension itself loads one language per page (language-pack.ts).
import { registerLanguage } from '../language-lookup';
import { AR } from './ar';
import { DE } from './de';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';

registerLanguage('es', ES);
registerLanguage('fr', FR);
registerLanguage('it', IT);
registerLanguage('de', DE);
registerLanguage('ar', AR);
