import type { Note } from '../types';

/** Paragraph 4: propaganda, cyber-terrorism, the 'electronic jihad' and recruitment online. */
export const paragraphFourNotes: Note[] = [
  {
    id: 'media-apparatus',
    kind: 'argument',
    paragraph: 4,
    paraphrase:
      'Though all but finished as a territory, the group still runs a powerful propaganda machine that turns people into extremists anywhere, no chain of command needed; taking it apart is the coalition’s task, the piece says.',
    quotation: 'a very strong media apparatus',
    referenceDates: [],
    terms: ['radicalisation', 'western-coalition'],
  },
  {
    id: 'cyber-terrorism',
    kind: 'prediction',
    paragraph: 4,
    paraphrase:
      'Even without land, the author says, attacks through computer networks will go on threatening us, and online crime might become a way to bankroll terrorism.',
    quotation: 'Cyber-crimes could also be used to raise terrorist funds',
    referenceDates: [],
    terms: ['cyber-terrorism', 'terrorist-financing'],
  },
  {
    id: 'electronic-jihad',
    kind: 'argument',
    paragraph: 4,
    paraphrase:
      'The so-called electronic jihad, waged on social networks, tends to run alongside real-world attacks and protests, the piece observes, while jihadist forums hand out hacking guides and software for coordinated cyber-attacks.',
    quotation: 'The so-called ‘electronic jihad’, conducted through social media',
    referenceDates: [],
    terms: ['electronic-jihad', 'jihad', 'cyber-terrorism'],
  },
  {
    id: 'online-recruitment',
    kind: 'argument',
    paragraph: 4,
    paraphrase:
      'In the author’s view the internet is the channel for signing up recruits and spreading propaganda, allowing loose, scattered networks to operate in small groups with nobody in overall command.',
    quotation: 'highly decentralised networks to work in small groups without central control',
    referenceDates: [],
    terms: ['small-cells', 'radicalisation'],
  },
];
