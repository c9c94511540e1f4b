import { ending, question, scenarioSetup } from '../../src/engine/model';
import { equite, frequence, neutre, personneNePeutModifier, pertinence, regle3Titre, vbc } from './policy';

/**
 * §9 rule 3: the City limits its posts to municipal and tourist information, requests of
 * organisations it has a partnership or agreement with, and messages it judges of public
 * interest. Rules 1–2 of §9 and the neutrality of §6 apply to every post. Whether a
 * non-partner organisation's promotion can count as « information municipale et touristique »
 * is not said (`ask`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-demande-promotion',
  initial: 'partenaire',
  states: {
    partenaire: {
      meta: question('partenaire', ['oui', 'non'], { hint: true }),
      on: { oui: 'partenaireCondition', non: 'interetPublic' },
    },
    interetPublic: {
      meta: question('interetPublic', ['oui', 'non'], { hint: true }),
      on: { oui: 'interetPublicCondition', non: 'information' },
    },
    information: {
      meta: question('information', ['oui', 'non'], { hint: true }),
      on: { oui: 'informationAVerifier', non: 'horsChamp' },
    },
    partenaireCondition: {
      type: 'final',
      meta: ending('partenaireCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['regle3', 'regle1', 'regle2', 'ligneEditoriale', 'sitesVille'],
        quotes: [
          { section: 'regle3', text: equite },
          { section: 'regle1', text: frequence },
          { section: 'ligneEditoriale', text: neutre },
        ],
      }),
    },
    interetPublicCondition: {
      type: 'final',
      meta: ending('interetPublicCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['regle3', 'regle1', 'regle2', 'ligneEditoriale', 'sitesVille'],
        quotes: [
          { section: 'regle3', text: equite },
          { section: 'regle2', text: pertinence },
          { section: 'sitesVille', text: personneNePeutModifier },
        ],
      }),
    },
    informationAVerifier: {
      type: 'final',
      meta: ending('informationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle3', 'regle1', 'regle2', 'ligneEditoriale', 'sitesVille'],
        quotes: [
          { section: 'regle3', text: regle3Titre },
          { section: 'regle3', text: equite },
          { section: 'sitesVille', text: personneNePeutModifier },
        ],
      }),
    },
    horsChamp: {
      type: 'final',
      meta: ending('horsChamp', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['regle3'],
        quotes: [{ section: 'regle3', text: equite }],
      }),
    },
  },
});
