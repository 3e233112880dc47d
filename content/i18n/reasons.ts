// The detector's reasons ("why this page") are English sentences built in content/detect.ts. This
// reads their known shapes back and says them in the overlay's language; a shape it does not know
// stays in English rather than being guessed at.
import type { Localiser } from './localise';
import type { UiKey } from './types';

// First-strong isolates: a name quoted from the page keeps its own direction inside Arabic text.
const isolate = (text: string) => `\u2068${text}\u2069`;

const FIXED: Record<string, UiKey> = {
  'claimed by or blamed on the group': 'reasonClaimed',
  'headline about militants, terror or an attack': 'reasonActorHeadline',
  "tells the group's own story": 'reasonStory',
  'no Islamic State names in the article': 'reasonNoNames',
  'not an article (home page, section front or list)': 'reasonNotArticle',
};

const SENSITIVITY: Record<string, UiKey> = {
  strict: 'sensitivityStrict',
  normal: 'sensitivityNormal',
  broad: 'sensitivityBroad',
};

function place(text: string, l: Localiser): string | null {
  if (text === 'headline') return l.ui('reasonHeadline');
  if (text === 'lead') return l.ui('reasonLead');
  const paragraphs = /^(\d+) paragraphs?$/.exec(text);
  return paragraphs ? l.ui('reasonParagraphs', { count: Number(paragraphs[1]) }) : null;
}

export function localiseReason(reason: string, l: Localiser): string {
  if (l.language === 'en') return reason;
  const fixed = FIXED[reason];
  if (fixed) return l.ui(fixed);
  const name = /^“([^”]+)” ×(\d+): (.+)$/.exec(reason);
  if (name) {
    const places = (name[3] ?? '').split(', ').map((p) => place(p, l));
    if (places.every((p) => p !== null)) {
      const count = Number(name[2]);
      const quoted = l.ui('quoted', { text: isolate(name[1] ?? '') });
      return l.ui('reasonName', { name: quoted, count, places: places.join(l.ui('listSeparator')) });
    }
  }
  const score = /^score ([\d.]+) (≥|<) ([\d.]+) \((\w+)\)$/.exec(reason);
  const sensitivity = SENSITIVITY[score?.[4] ?? ''];
  if (score && sensitivity) {
    return l.ui('reasonScore', {
      score: Number(score[1]),
      relation: score[2] ?? '',
      threshold: Number(score[3]),
      sensitivity: l.ui(sensitivity),
    });
  }
  return reason;
}
