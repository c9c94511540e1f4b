import { ending, question, scenarioSetup } from '../../engine/model';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const pasAutorises =
  "pendant les heures de travail, les employés ne sont pas autorisés à fréquenter des pages Internet ou des applications mobiles, y compris tout média social, à des fins autres que pour l'exécution de leurs fonctions, que ce soit à l'aide des systèmes de communication de la Municipalité ou des téléphones cellulaires personnels.";
const pauses =
  "L'utilisation des réseaux sociaux pour des raisons personnelles lorsque l'employé est au travail est permise uniquement si l'utilisation se fait lors des périodes de pause, de repas ou de congés.";
const partout =
  "Le présent cadre s'applique à la fois pendant les heures de travail et en dehors des heures de travail, sur les lieux de travail et en dehors de ces lieux.";

/** For your duties? yes → allowed. Otherwise: on a break, meal or leave? yes → allowed; no → not allowed. */
export default scenarioSetup.createMachine({
  id: 'stu-heures-travail',
  initial: 'fonctions',
  states: {
    fonctions: {
      meta: question('fonctions', ['oui', 'non'], { hint: true }),
      on: { oui: 'pourFonctions', non: 'pause' },
    },
    pause: {
      meta: question('pause', ['oui', 'non'], { hint: true }),
      on: { oui: 'pendantPause', non: 'horsPause' },
    },
    pourFonctions: {
      type: 'final',
      meta: ending('pourFonctions', {
        verdict: 'allowed',
        contact: 'superieur',
        ...stu,
        sections: ['acces'],
        quotes: [
          { section: 'acces', text: pasAutorises },
          { section: 'acces', text: partout },
        ],
      }),
    },
    pendantPause: {
      type: 'final',
      meta: ending('pendantPause', {
        verdict: 'allowed',
        contact: 'superieur',
        ...stu,
        sections: ['acces'],
        quotes: [
          { section: 'acces', text: pauses },
          { section: 'acces', text: partout },
        ],
      }),
    },
    horsPause: {
      type: 'final',
      meta: ending('horsPause', {
        verdict: 'not-allowed',
        contact: 'superieur',
        ...stu,
        sections: ['acces'],
        quotes: [
          { section: 'acces', text: pasAutorises },
          { section: 'acces', text: pauses },
        ],
      }),
    },
  },
});
