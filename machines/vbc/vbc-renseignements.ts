import { ending, question, scenarioSetup } from '../../engine/model';
import { aucunRenseignement, clienteleDefinition, confidentiels, consentement, poursuite, proteger, verifierFaits, vbc } from './policy';

/**
 * 3.4. Content about clients needs their consent; personal information should not be
 * disclosed and must be protected (the policy gives no consent exception for it: `ask`);
 * confidential information needs prior written consent. The consent rule names the
 * clientèle only: content about a colleague or another person ends on `ask`. Consent to a
 * photo or comment lifts none of the other limits of 3.4 (said in `clientCondition`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-renseignements',
  initial: 'quoi',
  states: {
    quoi: {
      meta: question('quoi', ['contenu', 'personnel', 'confidentiel'], { hint: true }),
      on: { contenu: 'qui', personnel: 'consentementPersonnel', confidentiel: 'confidentielCondition' },
    },
    qui: {
      meta: question('qui', ['clientele', 'collegue', 'autre'], { hint: true }),
      on: { clientele: 'consentementClient', collegue: 'collegueAVerifier', autre: 'autreAVerifier' },
    },
    consentementClient: {
      meta: question('consentementClient', ['oui', 'non'], { hint: true }),
      on: { oui: 'clientCondition', non: 'clientNon' },
    },
    consentementPersonnel: {
      meta: question('consentementPersonnel', ['oui', 'non']),
      on: { oui: 'personnelAVerifier', non: 'personnelNon' },
    },
    clientCondition: {
      type: 'final',
      meta: ending('clientCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements'],
        quotes: [
          { section: 'renseignements', text: consentement },
          { section: 'renseignements', text: verifierFaits },
          { section: 'renseignements', text: aucunRenseignement },
        ],
      }),
    },
    clientNon: {
      type: 'final',
      meta: ending('clientNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements'],
        quotes: [{ section: 'renseignements', text: consentement }],
      }),
    },
    collegueAVerifier: {
      type: 'final',
      meta: ending('collegueAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements'],
        quotes: [
          { section: 'renseignements', text: consentement },
          { section: 'renseignements', text: proteger },
        ],
      }),
    },
    autreAVerifier: {
      type: 'final',
      meta: ending('autreAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements', 'clientele'],
        quotes: [
          { section: 'renseignements', text: consentement },
          { section: 'renseignements', text: proteger },
          { section: 'clientele', text: clienteleDefinition },
        ],
      }),
    },
    personnelNon: {
      type: 'final',
      meta: ending('personnelNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements'],
        quotes: [
          { section: 'renseignements', text: aucunRenseignement },
          { section: 'renseignements', text: proteger },
        ],
      }),
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements'],
        quotes: [
          { section: 'renseignements', text: aucunRenseignement },
          { section: 'renseignements', text: proteger },
        ],
      }),
    },
    confidentielCondition: {
      type: 'final',
      meta: ending('confidentielCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['renseignements'],
        quotes: [
          { section: 'renseignements', text: confidentiels },
          { section: 'renseignements', text: poursuite },
        ],
      }),
    },
  },
});
