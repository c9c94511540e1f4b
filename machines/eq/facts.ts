import { sharedFact } from '../../engine/model';

// Facts that several Élections Québec scenarios depend on, asked in the same words wherever
// they are asked (test/scenarios/shared-facts.test.ts). restsOn: elections-quebec-faq-ds.txt,
// word for word.

/**
 * The user's role: the FAQ is written for returning officers (DS) and says electoral staff
 * follow the same instructions « en général », without the same level of impartiality and
 * neutrality in their personal life. Asked first where the FAQ treats the two differently.
 */
export const role = sharedFact({
  id: 'eq.role',
  values: ['ds', 'personnel'],
  restsOn: [
    "En général, le personnel électoral doit respecter les mêmes consignes que la directrice ou le directeur du scrutin (DS) quant à l'utilisation des médias sociaux.",
    "nous ne pouvons pas exiger d'eux le même niveau d'impartialité et de neutralité dans leur vie personnelle, notamment sur les médias sociaux.",
  ],
});

/**
 * Whether the DS means to post about it themselves (a correction, an urgent message) rather
 * than only pass the information on to their coordinator: the FAQ sends urgent messages and
 * viral false information through the coordinator to the DCOMAP, and says social media can
 * spread the information quickly, without saying whether the DS may post it themselves.
 */
export const publierSoiMeme = sharedFact({
  id: 'eq.publier-soi-meme',
  values: ['oui', 'non'],
  restsOn: ["les médias sociaux peuvent être un bon moyen de faire circuler rapidement l'information"],
});

/**
 * Whether an electoral staff member's conduct in the course of their work is exemplary (the
 * FAQ requires it): asked by eq-manquement-personnel after « Non » and after « Je ne sais pas »
 * on partisan work, in two states with the same words. Not exemplary settles the answer: a
 * breach the DS must address.
 */
export const conduiteExemplaire = sharedFact({
  id: 'eq.conduite-exemplaire',
  values: ['oui', 'non'],
  // The staff's own endings quote the same duty for another purpose (what a staff member may
  // post), where no one's conduct is in question: nothing to settle there.
  restsOn: [],
  decisive: ['non'],
});
