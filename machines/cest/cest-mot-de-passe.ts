import { ending, question, scenarioSetup } from '../../engine/model';

const cest = { document: 'cest' };

// Quotes: cest-secretariat.txt, word for word (test/policies/quotes.test.ts).
const confidentiels =
  "Conservez confidentiels les mots de passe permettant l'accès aux comptes et ne les divulguez que suivant une autorisation en vertu de l'article 3 de la présente politique.";
const sanctions = 'Le non-respect de la présente politique peut entraîner des mesures disciplinaires, voire votre congédiement.';

/**
 * Article 14: disclose a password only « suivant une autorisation en vertu de l'article 3 ». The
 * only authorisation article 3 creates is the Secrétaire générale's, before a professional activity
 * on social media: one she gave the person to work on the account is such an authorisation, so
 * that case is allowed too, for that person and that account. (The user's own authorisation,
 * the shared fact `cest.autorisationSG`, is not what this scenario asks: article 3 is cited, not
 * quoted, here.)
 */
export default scenarioSetup.createMachine({
  id: 'cest-mot-de-passe',
  initial: 'autorisation',
  states: {
    autorisation: {
      meta: question('autorisation', ['oui', 'activite', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'divulgationAutorisee', activite: 'activiteAutorisee', non: 'divulgationNon', 'pas-sur': 'divulgationNon' },
    },
    divulgationAutorisee: {
      type: 'final',
      meta: ending('divulgationAutorisee', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art14', 'art3'],
        quotes: [{ section: 'art14', text: confidentiels }],
      }),
    },
    activiteAutorisee: {
      type: 'final',
      meta: ending('activiteAutorisee', {
        verdict: 'allowed-if',
        contact: 'sg',
        ...cest,
        sections: ['art14', 'art3'],
        quotes: [{ section: 'art14', text: confidentiels }],
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
