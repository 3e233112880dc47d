import { describe, expect, it } from 'vitest';
import { hasCandidate } from '@/content/sniff/cheap-stage';
import { clusterLead } from '@/content/sniff/lead-past-navigation';
import { parse } from '../fixtures/detect/load';
import { consent, menu, page, paragraphs, STORY, teasers } from '../fixtures/layouts/build';

// The cheap stage on real layouts: a headline that does not name the group, the page's first
// paragraphs a menu, a consent banner or teasers, and the name in the story's lead.
const lead = {
  en: 'Islamic State claimed responsibility on Tuesday for the attack on the checkpoint, its news agency said in a statement.',
  fr: "L'organisation État islamique a revendiqué mardi l'attentat contre le poste de contrôle, selon son agence de propagande.",
  de: 'Die Terrormiliz Islamischer Staat hat den Anschlag auf den Kontrollposten am Dienstag für sich reklamiert.',
};

describe('hasCandidate past navigation', () => {
  it.each([
    [
      'en',
      STORY.fr.map(() => 'A sentence of the story that goes on long enough to be a real paragraph of prose.'),
    ],
    ['fr', STORY.fr],
    ['de', STORY.de],
  ] as const)('finds a name in the lead of a %s story after 20 menu paragraphs', (lang, rest) => {
    const story = `<h1>Checkpoint attack kills six</h1><div class="text">${paragraphs([lead[lang], ...rest])}</div>`;
    expect(hasCandidate(parse(page(`${menu(20)}${story}`, lang)))).toBe(true);
    // The same page without the name stays out.
    const plain = `<h1>Checkpoint attack kills six</h1><div class="text">${paragraphs(rest)}</div>`;
    expect(hasCandidate(parse(page(`${menu(20)}${plain}`, lang)))).toBe(false);
  });

  it('reads past a consent banner and teaser cards', () => {
    const doc = parse(
      page(`${consent}${teasers(8)}<div class="text">${paragraphs([lead.fr, ...STORY.fr])}</div>`, 'fr'),
    );
    expect(hasCandidate(doc)).toBe(true);
    expect(clusterLead(doc)).not.toMatch(/cookies/);
  });

  it('never reads a one-paragraph-per-entry list (a transcript, a card list) as a story', () => {
    const entries = Array.from({ length: 6 }, () => `<dd><p>${lead.en}</p></dd>`).join('');
    expect(clusterLead(parse(page(`<dl>${entries}</dl>`)))).toBe('');
  });

  it('stays bounded on a page of thousands of paragraphs', () => {
    const doc = parse(page(menu(1500)));
    const started = performance.now();
    expect(clusterLead(doc)).toBe('');
    expect(hasCandidate(doc)).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
