import type { GlossaryTerm } from '../types';

/** The online front, radicalisation, and the money behind terror. */
export const onlineTerms: Omit<GlossaryTerm, 'notes'>[] = [
  {
    id: 'electronic-jihad',
    label: 'electronic jihad',
    card: 'The piece’s name for jihadist activity on social media, which it says often accompanies physical attacks and protests. Jihadist forums, it adds, pass around hacking manuals and tools: one more weapon for the group.',
  },
  {
    id: 'cyber-terrorism',
    label: 'cyber-terrorism',
    card: 'The piece expects attacks through computer networks to remain a threat after the group’s territorial defeat. It adds that cyber-crime could become a source of money for terrorism.',
  },
  {
    id: 'radicalisation',
    label: 'radicalisation',
    card: 'The piece argues that the group’s media can turn people into extremists anywhere in the world without any command hierarchy. The internet, in its view, carries that recruitment and propaganda.',
  },
  {
    id: 'deradicalisation',
    label: 'deradicalisation',
    card: 'The piece’s answer to returning fighters: bring them back from extremism before they recruit or attack. It pairs this with conversations that challenge jihadist beliefs and with intelligence work.',
  },
  {
    id: 'terrorist-financing',
    label: 'terrorist financing',
    card: 'The piece argues that cutting terrorists off from money, in the Muslim world and in Europe alike, is key to weakening them, as it was against organised crime in Italy. It also warns that cyber-crime might raise funds.',
  },
];
