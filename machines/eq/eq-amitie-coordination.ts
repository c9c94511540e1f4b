import { ending, question, scenarioSetup } from '../../engine/model';

const eq = { document: 'eq' };

// Quotes: elections-quebec-faq-ds.txt, word for word (test/policies/quotes.test.ts).
export default scenarioSetup.createMachine({
  id: 'eq-amitie-coordination',
  initial: 'sens',
  states: {
    sens: {
      meta: question('sens', ['recue', 'envoyer']),
      on: { recue: 'demandeRecue', envoyer: 'demandeEnvoyee' },
    },
    demandeRecue: {
      type: 'final',
      meta: ending('demandeRecue', {
        verdict: 'allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['accepterDemande'],
        quotes: [
          {
            section: 'accepterDemande',
            text: "Non. Vous pouvez le faire, mais vous n'avez aucune obligation d'accepter une demande d'amitié de votre coordonnatrice ou coordonnateur sur les médias sociaux.",
          },
        ],
      }),
    },
    demandeEnvoyee: {
      type: 'final',
      meta: ending('demandeEnvoyee', {
        verdict: 'allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['faireDemande', 'amiElu'],
        quotes: [
          {
            section: 'faireDemande',
            text: "Oui. Si vous le souhaitez, vous pouvez faire une demande d'amitié à votre coordonnatrice ou à votre coordonnateur sur les médias sociaux.",
          },
          { section: 'faireDemande', text: 'Cette personne est libre de refuser ou d\'accepter votre demande.' },
        ],
      }),
    },
  },
});
