import { ending, scenarioSetup } from '../../engine/model';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
export default scenarioSetup.createMachine({
  id: 'eq-suivre-partager',
  initial: 'suivrePartager',
  states: {
    suivrePartager: {
      type: 'final',
      meta: ending('suivrePartager', {
        verdict: 'allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['suivre', 'partager'],
        quotes: [
          {
            section: 'suivre',
            text: "Nous encourageons le personnel d'Élections Québec à suivre nos comptes et à partager nos publications. Cela dit, ce n'est pas une obligation de votre part.",
          },
          { section: 'partager', text: 'Les directrices et directeurs du scrutin sont nos premiers ambassadeurs.' },
        ],
      }),
    },
  },
});
