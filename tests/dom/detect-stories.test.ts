import { describe, expect, it } from 'vitest';
import { runGate } from '@/content/gate/gate';
import { storyPage as page } from '../fixtures/detect/load';

// Short news stories written for this test, labelled by reading: each is about the group, though its
// headline does not always name it and the body names it once or twice, beside the group's own story
// (its caliphate, capitals, agency, jihadism). Several languages, as unseen pages come.

const STORIES: [string, string, string[]][] = [
  [
    'es',
    'Detenido en Madrid un joven que planeaba un atentado',
    [
      'La Policía Nacional ha detenido en Madrid a un joven de 22 años acusado de preparar un ataque con cuchillo contra viandantes, según informó el Ministerio del Interior.',
      'El detenido se había radicalizado a través de internet y mantenía contacto con miembros del ISIS en Siria, que le animaban a actuar en España.',
      'Los agentes encontraron en su domicilio material propagandístico del grupo yihadista y vídeos de ejecuciones.',
      'Fuentes de la investigación señalan que había jurado lealtad al líder de la organización terrorista.',
    ],
  ],
  [
    'es',
    'Las fuerzas iraquíes entran en el casco antiguo',
    [
      'Las tropas iraquíes, apoyadas por la coalición internacional, han entrado este domingo en el casco antiguo de Mosul, último reducto de los yihadistas en la ciudad.',
      'Los combates casa por casa avanzan despacio porque los milicianos del EI utilizan a civiles como escudos humanos, según el mando militar.',
      'Naciones Unidas calcula que unas 100.000 personas siguen atrapadas en la zona.',
      'La caída de Mosul supondría el fin del califato proclamado en 2014 en la mezquita de Al Nuri.',
    ],
  ],
  [
    'it',
    'Blitz antiterrorismo a Milano, fermato un ventenne',
    [
      "La polizia ha fermato a Milano un ragazzo di vent'anni accusato di propaganda e di aver progettato un attentato nel centro della città.",
      "Secondo gli inquirenti il giovane era in contatto via chat con un reclutatore dell'Isis in Siria.",
      'Nel suo telefono sono stati trovati video di decapitazioni e manuali per la fabbricazione di ordigni.',
      "Il ministro dell'Interno ha detto che la minaccia jihadista resta alta.",
    ],
  ],
  [
    'it',
    'Siria, le forze curde alle porte di Raqqa',
    [
      'Le Forze democratiche siriane hanno raggiunto la periferia di Raqqa, la capitale di fatto dello Stato islamico in Siria.',
      'Gli uomini del Califfato hanno minato le strade e gli edifici, riferiscono fonti locali.',
      'La coalizione guidata dagli Stati Uniti ha intensificato i raid aerei nelle ultime settimane.',
      'Migliaia di civili sono in fuga verso i campi profughi del nord.',
    ],
  ],
  [
    'it',
    "Libia, i miliziani dell'Is in fuga da Sirte",
    [
      "Le forze fedeli al governo di Tripoli hanno ripreso il controllo di gran parte di Sirte, la roccaforte libica dell'Is.",
      'Secondo fonti militari i jihadisti si stanno ritirando verso sud.',
      "L'offensiva è sostenuta dai raid aerei americani.",
      'I combattimenti hanno causato decine di morti tra le file governative.',
    ],
  ],
  [
    'fr',
    "Attentat de Nice : l'enquête progresse",
    [
      "Les enquêteurs cherchent à déterminer si l'auteur de l'attaque au camion sur la promenade des Anglais avait des complices.",
      "L'organisation Etat islamique a revendiqué l'attentat via son agence de propagande Amaq, qualifiant le tueur de « soldat ».",
      "Le procureur de Paris a indiqué que l'homme s'était radicalisé très rapidement.",
      'Cinq personnes ont été placées en garde à vue.',
    ],
  ],
  [
    'fr',
    "Irak : l'armée reprend Tal Afar",
    [
      "Les forces irakiennes ont annoncé jeudi avoir repris la ville de Tal Afar, l'un des derniers bastions de l'EI dans le nord du pays.",
      'La bataille a duré moins de deux semaines, les jihadistes ayant opposé une résistance plus faible que prévu.',
      'Des centaines de combattants de Daech se sont rendus aux peshmergas kurdes.',
      'Le Premier ministre a promis de libérer bientôt les dernières zones tenues par le groupe.',
    ],
  ],
  [
    'de',
    'Anschlag in Berlin: Ermittler suchen Hintermänner',
    [
      'Nach dem Anschlag auf den Weihnachtsmarkt am Breitscheidplatz suchen die Ermittler nach möglichen Hintermännern des Attentäters.',
      'Die Terrormiliz IS hatte die Tat über ihr Sprachrohr Amaq für sich reklamiert.',
      'Der Tunesier war den Sicherheitsbehörden als Gefährder bekannt.',
      'Bundesinnenminister kündigte schärfere Regeln für Abschiebungen an.',
    ],
  ],
];
describe('detection of stories about the group in six languages', () => {
  it.each(STORIES)('[%s] %s', (language, title, paragraphs) => {
    const { detection } = runGate(page(language, title, paragraphs), 'normal');
    expect(detection.reasons.at(-1)).toMatch(/≥ 3/);
    expect(detection.about).toBe(true);
  });
});
