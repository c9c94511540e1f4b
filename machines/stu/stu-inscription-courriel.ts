import { ending, question, scenarioSetup } from '../../engine/model';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const devrait =
  "Toute inscription d'ordre privée sur les réseaux sociaux ou sur un site Internet devrait être faite à partir d'une adresse électronique personnelle.";
const enAucunCas =
  "En aucun cas un employé ne peut utiliser son adresse électronique professionnelle puisque cela sous-entend que l'utilisateur agit pour le compte de la Municipalité.";

/** Which address for a private registration? personal → allowed (« devrait »); professional → not allowed (« En aucun cas »). */
export default scenarioSetup.createMachine({
  id: 'stu-inscription-courriel',
  initial: 'adresse',
  states: {
    adresse: {
      meta: question('adresse', ['personnelle', 'professionnelle'], { hint: true }),
      on: { personnelle: 'adressePersonnelle', professionnelle: 'adresseProfessionnelle' },
    },
    adressePersonnelle: {
      type: 'final',
      meta: ending('adressePersonnelle', {
        verdict: 'allowed',
        contact: 'superieur',
        ...stu,
        sections: ['acces'],
        quotes: [
          { section: 'acces', text: devrait },
          { section: 'acces', text: enAucunCas },
        ],
      }),
    },
    adresseProfessionnelle: {
      type: 'final',
      meta: ending('adresseProfessionnelle', {
        verdict: 'not-allowed',
        contact: 'superieur',
        ...stu,
        sections: ['acces'],
        quotes: [
          { section: 'acces', text: enAucunCas },
          { section: 'acces', text: devrait },
        ],
      }),
    },
  },
});
