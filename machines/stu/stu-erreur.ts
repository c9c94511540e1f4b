import { ending, scenarioSetup } from '../../engine/model';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const corrigez = 'Si vous faites une erreur, corrigez-la dès que possible.';
const responsable = "Ainsi, tout employé est personnellement responsable de toute publication qu'il fait par l'intermédiaire d'un média social.";

/** No question: « 6- Correction » asks every employee to correct a mistake as soon as possible. */
export default scenarioSetup.createMachine({
  id: 'stu-erreur',
  initial: 'corriger',
  states: {
    corriger: {
      type: 'final',
      meta: ending('corriger', {
        verdict: 'required',
        contact: 'superieur',
        ...stu,
        sections: ['correction', 'responsabilite'],
        quotes: [
          { section: 'correction', text: corrigez },
          { section: 'responsabilite', text: responsable },
        ],
      }),
    },
  },
});
