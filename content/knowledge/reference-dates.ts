import type { ReferenceDate } from '../types';

/**
 * Public facts about events the piece refers to, from the table in ../shared/source/README.md.
 * Shown as context ("reference date"), never as the author's words.
 */
export const REFERENCE_DATES = {
  piecePublished: { event: 'The piece is published in La Razón', date: '2017-10-22' },
  raqqaControlled: { event: 'IS takes control of Raqqa', date: '2014-01' },
  mosulCaptured: { event: 'IS captures Mosul', date: '2014-06-10' },
  caliphateProclaimed: { event: 'IS proclaims its “caliphate”', date: '2014-06-29' },
  parisAttacks: { event: 'Paris attacks', date: '2015-11-13' },
  brusselsBombings: { event: 'Brussels bombings', date: '2016-03-22' },
  niceAttack: { event: 'Nice truck attack', date: '2016-07-14' },
  minnitiInOffice: { event: 'Marco Minniti becomes Italy’s Interior Minister', date: '2016-12-12' },
  minnitiLeavesOffice: { event: 'Marco Minniti’s term as Interior Minister ends', date: '2018-06-01' },
  manchesterBombing: { event: 'Manchester Arena bombing', date: '2017-05-22' },
  londonBridgeAttack: { event: 'London Bridge attack', date: '2017-06-03' },
  mosulVictory: { event: 'Iraq declares victory in Mosul', date: '2017-07-10' },
  barcelonaAttacks: { event: 'Barcelona and Cambrils attacks (17–18 Aug)', date: '2017-08-17' },
  raqqaCaptured: {
    event: 'Kurdish-led SDF announce the capture of Raqqa (formally declared 20 Oct)',
    date: '2017-10-17',
  },
  libyaIntervention: { event: 'International military intervention in Libya begins', date: '2011-03-19' },
  gaddafiKilled: { event: 'Gaddafi is killed', date: '2011-10-20' },
} as const satisfies Record<string, ReferenceDate>;
