import type { GlossaryTerm } from '../types';

/** The routes, people and names of the threat the piece sees moving towards Europe. */
export const europeTerms: Omit<GlossaryTerm, 'notes'>[] = [
  {
    id: 'libya',
    label: 'Libya',
    card: 'The piece sees Libya as the likely next base, a place from which fighters could cross to southern Europe. It traces the opening to the Western decision to remove Gaddafi, which left a vacuum that jihadist groups exploit.',
  },
  {
    id: 'gaddafi',
    label: 'Gaddafi',
    card: 'Libya’s ruler until 2011. The author grants he was a brutal dictator, yet one the West could keep in check, and calls his removal a short-sighted choice whose vacuum jihadists have used.',
  },
  {
    id: 'migrant-boats',
    label: 'migrant boats',
    card: 'The piece warns that, with no land left to hold, jihadists might travel to Europe hidden among migrants at sea. It presents this as a new risk, one that mattered less while the group was busy running its state.',
  },
  {
    id: 'foreign-fighters',
    label: 'foreign fighters',
    card: 'Fighters who joined the group from abroad. The piece worries about those who may come back to Europe, and argues they must be deradicalised before they recruit others or attack, alone or in small cells.',
  },
  {
    id: 'lone-wolves',
    label: 'lone wolves',
    card: 'Attackers who act alone. The piece names them, beside small cells, as one way returning fighters could strike in Europe, which is why it leans on intelligence work and deradicalisation.',
  },
  {
    id: 'small-cells',
    label: 'small cells',
    card: 'Small groups acting with no central command. The piece argues that the internet makes such loose networks possible, and names small cells, with lone wolves, as the form that attacks by returnees could take.',
  },
  {
    id: 'marco-minniti',
    label: 'Marco Minniti',
    card: 'Italy’s Interior Minister when the piece was written. The piece cites his call for Google, Facebook, Twitter and other big platforms to help stop cruel and hateful material spreading online.',
  },
];
