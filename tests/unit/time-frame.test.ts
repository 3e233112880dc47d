import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_FRAME_MESSAGES, frameText, timeFrame } from '@/content/dates/time-frame';
import { noteById } from '@/content/knowledge';
import type { Note } from '@/content/types';

const PIECE = '2017-10-22';
const note = (id: string): Note => {
  const found = noteById(id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
};
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('timeFrame', () => {
  it('beside an older article, names the latest reference event after it, up to the piece', () => {
    const frame = timeFrame(note('raqqa-mosul-fallen'), PIECE, at('2016-02-11'));
    expect(frame?.key).toBe('frameTurnedOut');
    expect(frame?.event?.date).toBe('2017-10-17');
    expect(frame?.span).toEqual({ amount: 1, unit: 'year' });
    // Between Mosul's recapture and Raqqa's: Raqqa is still the latest, months later.
    expect(timeFrame(note('raqqa-mosul-fallen'), PIECE, at('2017-08-01'))?.span).toEqual({
      amount: 2,
      unit: 'month',
    });
    expect(frameText(note('raqqa-mosul-fallen'), PIECE, at('2014-10-01'), 'en')).toBe(
      'How it turned out: 3 years after this article, Kurdish-led SDF announce the capture of Raqqa (formally declared 20 Oct)',
    );
  });

  it('never reaches past the piece for the outcome, and says the piece still held the note otherwise', () => {
    // Minniti's term ended after the piece: the piece could not know it.
    expect(timeFrame(note('minniti-platforms'), PIECE, at('2017-03-01'))?.key).toBe('frameLaterClaim');
    expect(frameText(note('fleeing-south'), PIECE, at('2015-06-01'), 'en')).toBe(
      '2 years after this article, the piece still reported this',
    );
    expect(frameText(note('far-from-dead'), PIECE, at('2016-06-22'), 'en')).toBe(
      '1 year after this article, the piece still argued this',
    );
  });

  it('beside a newer article, says what the piece expected that long before', () => {
    expect(frameText(note('europe-attacks'), PIECE, at('2020-11-03'), 'en')).toBe(
      'What the piece expected 3 years before this article',
    );
    expect(timeFrame(note('raqqa-mosul-fallen'), PIECE, at('2018-01-10'))?.key).toBe('frameEarlierClaim');
  });

  it('has nothing to say without a date or on the piece’s own day', () => {
    expect(timeFrame(note('europe-attacks'), PIECE, null)).toBeNull();
    expect(timeFrame(note('europe-attacks'), PIECE, at(PIECE))).toBeNull();
    expect(timeFrame(note('europe-attacks'), 'not a date', at('2016-01-01'))).toBeNull();
  });

  it('keeps the English fallback equal to the locale file', () => {
    const en = JSON.parse(readFileSync(resolve(__dirname, '../../public/_locales/en/messages.json'), 'utf8'));
    for (const [key, message] of Object.entries(ENGLISH_FRAME_MESSAGES)) {
      const named = String(en[key]?.message ?? '').replace(/\$([A-Z]+)\$/g, (_, name: string) =>
        String(en[key].placeholders[name.toLowerCase()].content),
      );
      expect(named, key).toBe(message);
    }
  });
});
