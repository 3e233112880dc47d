import { describe, expect, it } from 'vitest';
import { phraseStarts } from '@/content/match/phrase-starts';

/** Every position where a phrase may start, with the phrases of the leads found there. */
function startsIn(text: string, latin: string[], arabic: string[] = []): Record<number, string[]> {
  const found: Record<number, string[]> = {};
  phraseStarts(latin, arabic).forEach(text, (position, leads) => {
    found[position] = leads.flatMap((lead) => lead.phrases).sort();
    return true;
  });
  return found;
}

describe('phraseStarts', () => {
  it('finds every lead at a position, where leads share a beginning and branch at any depth', () => {
    const phrases = ['i', 'is', 'isis', 'isil', 'islamic state', 'iraq', 'irak', 'raqqa'];
    expect(startsIn('isis, isil and the islamic state in iraq; irak; raqqa', phrases)).toEqual({
      0: ['i', 'is', 'isis'],
      6: ['i', 'is', 'isil'],
      19: ['i', 'is', 'islamic state'],
      33: ['i'],
      36: ['i', 'iraq'],
      42: ['i', 'irak'],
      48: ['raqqa'],
    });
  });

  it('turns away words that begin no lead, and leads cut short by the text', () => {
    expect(startsIn('the isi is', ['isis'])).toEqual({});
    expect(startsIn('islam', ['islamic state'])).toEqual({});
  });

  it('finds Arabic leads after a proclitic', () => {
    expect(startsIn('وداعش', [], ['داعش'])).toEqual({ 0: ['داعش'] });
  });
});
