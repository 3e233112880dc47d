import { finishSteps, type Steps } from '../text/in-slices';
import { leadSize, paragraphTexts } from '../text/paragraph-texts';
import type { Detection, PageReading, Sensitivity } from '../types';
import { findMentions, hasConflictContext, type Mention } from './detect-mentions';
import { ACTOR_HEADLINE, CLAIM, GROUP_STORY } from './lexicon';

/** Score a page needs, per sensitivity, to be about the Islamic State. */
export const THRESHOLDS: Record<Sensitivity, number> = { strict: 4.5, normal: 3, broad: 2 };

type Place = 'headline' | 'lead' | 'body';
export interface Found extends Mention {
  place: Place;
  unit: number;
  claimed: boolean;
}

export interface Evidence {
  found: Found[];
  /** Paragraph-sized units of the article text (headline excluded). */
  units: number;
  /** The headline speaks of militants, terror or an attack (without naming the group). */
  actorHeadline: boolean;
  /** The article speaks of STORY_NEEDED or more things of the group's own story (GROUP_STORY). */
  toldStory: boolean;
}

/**
 * The evidence as points, transparent on purpose: a name in the headline (3) or the lead (1.5),
 * the share of the article’s paragraphs that name the group (up to 3), repetition (up to 0.5), a
 * claim or blame next to a name (1), a headline about militants or an attack (1.5), and two or more
 * things of the group's own story (1): judged by leaving each corpus source out, not by its dev figure.
 */
export function scoreOf({ found, units, actorHeadline, toldStory }: Evidence): number {
  if (!found.length) return 0;
  const has = (place: Place) => (found.some((f) => f.place === place) ? 1 : 0);
  const hits = new Set(found.filter((f) => f.place !== 'headline').map((f) => f.unit)).size;
  const share = Math.min(3, (4 * hits) / Math.max(units, 3));
  const claimed = found.some((f) => f.claimed) ? 1 : 0;
  const repeated = Math.min(0.5, (found.length - 1) / 10);
  return (
    3 * has('headline') +
    1.5 * has('lead') +
    share +
    repeated +
    claimed +
    (actorHeadline ? 1.5 : 0) +
    (toldStory ? 1 : 0)
  );
}

/** Things of the group's own story (GROUP_STORY) an article names to be telling that story. */
const STORY_NEEDED = 2;

const ARABIC_LETTER = /[\u0600-\u06ff]/;

/**
 * The name a reason quotes: the page's own spelling, its most frequent one (readers saw “Daesh”
 * quoted from a page that only writes “Daech”), except where the page shouts it in capitals and
 * the name is not an acronym, and for Arabic, whose written forms carry the proclitics and endings
 * that the rule accepts (وداعش): there the rule's name.
 */
function quotedName(label: string, list: readonly Found[]): string {
  if (ARABIC_LETTER.test(label)) return label;
  const counts = new Map<string, number>();
  for (const { written } of list) {
    const shouting = written === written.toUpperCase() && label !== label.toUpperCase();
    if (!shouting) counts.set(written, (counts.get(written) ?? 0) + 1);
  }
  let best = label;
  let most = 0;
  for (const [written, count] of counts) if (count > most) [best, most] = [written, count];
  return best;
}

/** '“Islamic State” ×6: headline, lead, 4 paragraphs', one line per name. */
function reasonsOf({ found, actorHeadline, toldStory }: Evidence): string[] {
  const byLabel = new Map<string, Found[]>();
  for (const f of found) byLabel.set(f.label, [...(byLabel.get(f.label) ?? []), f]);
  const reasons = [...byLabel].map(([label, list]) => {
    const places: string[] = ['headline', 'lead'].filter((place) => list.some((f) => f.place === place));
    const body = new Set(list.filter((f) => f.place === 'body').map((f) => f.unit)).size;
    if (body) places.push(`${body} paragraph${body > 1 ? 's' : ''}`);
    return `“${quotedName(label, list)}” ×${list.length}: ${places.join(', ')}`;
  });
  if (found.some((f) => f.claimed)) reasons.push('claimed by or blamed on the group');
  if (found.length && actorHeadline) reasons.push('headline about militants, terror or an attack');
  if (found.length && toldStory) reasons.push("tells the group's own story");
  return reasons;
}

/** Paragraphs searched between two points where a sliced detection may pause. */
const UNITS_PER_STEP = 16;

/** Every accepted mention of the page, with where it sits; in steps (see content/text/in-slices.ts). */
function* evidenceSteps(reading: PageReading): Steps<Evidence> {
  const texts = paragraphTexts(reading.paragraphs);
  if (!texts.length && reading.lead) texts.push(reading.lead);
  yield;
  const lead = leadSize(texts);
  const units: [Place, string][] = [
    ['headline', reading.headline],
    ...texts.map((text, i): [Place, string] => [i < lead ? 'lead' : 'body', text]),
  ];
  const found: Found[] = [];
  for (const [unit, [place, text]] of units.entries()) {
    if (unit % UNITS_PER_STEP === UNITS_PER_STEP - 1) yield;
    for (const m of findMentions(text, reading.language, place === 'headline')) {
      const claimed = CLAIM.test(text.slice(Math.max(0, m.at - 50), m.at + 60));
      found.push({ ...m, place, unit, claimed });
    }
  }
  yield;
  const all = units.map((u) => u[1]).join(' ');
  // Acronyms and the mixed-case “Isis” only count on a page that speaks of war or terror.
  const trusted = found.some((f) => f.kind === 'name') || hasConflictContext(all);
  const named = trusted ? found : [];
  const actorHeadline = !named.some((f) => f.place === 'headline') && ACTOR_HEADLINE.test(reading.headline);
  const toldStory =
    named.length > 0 && GROUP_STORY.filter((pattern) => pattern.test(all)).length >= STORY_NEEDED;
  return { found: named, units: texts.length, actorHeadline, toldStory };
}

/** Whether the page is about the group, and why; in steps (see content/text/in-slices.ts). */
export function* detectSteps(reading: PageReading, sensitivity: Sensitivity): Steps<Detection> {
  const evidence = yield* evidenceSteps(reading);
  const score = Math.round(scoreOf(evidence) * 10) / 10;
  const threshold = THRESHOLDS[sensitivity] ?? THRESHOLDS.normal;
  const reasons = reasonsOf(evidence);
  if (!evidence.found.length) reasons.push('no Islamic State names in the article');
  else if (!reading.isArticle) reasons.push('not an article (home page, section front or list)');
  else reasons.push(`score ${score} ${score >= threshold ? '≥' : '<'} ${threshold} (${sensitivity})`);
  return { about: reading.isArticle && score >= threshold, score, language: reading.language, reasons };
}

/** The detection in the caller's task. */
export const detect = (reading: PageReading, sensitivity: Sensitivity): Detection =>
  finishSteps(detectSteps(reading, sensitivity));
