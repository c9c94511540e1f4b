import { ending, scenarioSetup } from '../../engine/model';
import { quoteList } from '../../engine/quotes';
import { administrationResponsable } from './listes';

const stu = { document: 'stu' };

// Quotes: saint-urbain.txt, word for word (test/policies/quotes.test.ts).
const nePasFaireCroire =
  "Ne faites pas croire que vous représentez la Municipalité officiellement ou l'opinion de la majorité des employés municipaux. S'il y a lieu, expliquez que vous travaillez pour la Municipalité, mais que vos déclarations ne sont que le reflet de votre opinion personnelle.";

/** No question: « 5- Identification » gives one answer from a personal account. */
export default scenarioSetup.createMachine({
  id: 'stu-parler-au-nom',
  initial: 'pasAuNom',
  states: {
    pasAuNom: {
      type: 'final',
      meta: ending('pasAuNom', {
        verdict: 'not-allowed',
        contact: 'superieur',
        ...stu,
        sections: ['identification', 'roles'],
        quotes: [
          { section: 'identification', text: nePasFaireCroire },
          quoteList(administrationResponsable, 'comptesOfficiels'),
        ],
      }),
    },
  },
});
