import { ending, question, scenarioSetup } from '../../src/engine/model';

const cest = { document: 'cest' };

// Quotes: cest-secretariat.txt, word for word (test/policies/quotes.test.ts).
const confidentiels =
  "Conservez confidentiels les mots de passe permettant l'accès aux comptes et ne les divulguez que suivant une autorisation en vertu de l'article 3 de la présente politique.";
const autorisationSG =
  "Avant de vous engager dans toute activité professionnelle liée à l'organisation sur un média social, vous devez obtenir l'autorisation de la Secrétaire générale.";
const sanctions = 'Le non-respect de la présente politique peut entraîner des mesures disciplinaires, voire votre congédiement.';

/**
 * Article 14: disclose a password only « suivant une autorisation en vertu de l'article 3 »
 * (the Secrétaire générale's). It does not say whether that authorisation must cover the
 * disclosure itself or only the requester's activity on the account: the second case is `ask`.
 */
export default scenarioSetup.createMachine({
  id: 'cest-mot-de-passe',
  initial: 'autorisation',
  states: {
    autorisation: {
      meta: question('autorisation', ['oui', 'activite', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'divulgationAutorisee', activite: 'activiteAVerifier', non: 'divulgationNon', 'pas-sur': 'divulgationNon' },
    },
    divulgationAutorisee: {
      type: 'final',
      meta: ending('divulgationAutorisee', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art14', 'art3'],
        quotes: [
          { section: 'art14', text: confidentiels },
          { section: 'art3', text: autorisationSG },
        ],
      }),
    },
    activiteAVerifier: {
      type: 'final',
      meta: ending('activiteAVerifier', {
        verdict: 'ask',
        contact: 'sg',
        ...cest,
        sections: ['art14', 'art3'],
        quotes: [
          { section: 'art14', text: confidentiels },
          { section: 'art3', text: autorisationSG },
        ],
      }),
    },
    divulgationNon: {
      type: 'final',
      meta: ending('divulgationNon', {
        verdict: 'not-allowed',
        contact: 'sg',
        ...cest,
        sections: ['art14', 'art3', 'art22'],
        quotes: [
          { section: 'art14', text: confidentiels },
          { section: 'art22', text: sanctions },
        ],
      }),
    },
  },
});
