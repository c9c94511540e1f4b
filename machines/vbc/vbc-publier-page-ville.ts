import { ending, question, scenarioSetup } from '../../src/engine/model';
import {
  commentairesAdministration,
  equite,
  frequence,
  neutre,
  objectifUrgence,
  personneNePeutModifier,
  pertinence,
  regle3Titre,
  sitesRelevent,
  vbc,
} from './policy';

/**
 * Posting on a City account: approval (3.3), then what it is (§6, §7, §9 rule 3), then
 * neutrality (§6), relevance (§9 rule 2) and the daily limit (§9 rule 1). The policy does
 * not say whether an emergency is one of the « situations exceptionnelles » that lift the
 * daily limit: that case ends on `ask`. Nor does it say whether a non-partner organisation's
 * message can count as « information municipale et touristique » (`ask`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-publier-page-ville',
  initial: 'gestion',
  states: {
    gestion: {
      meta: question('gestion', ['oui', 'non'], { hint: true }),
      on: { oui: 'contenu', non: 'sansApprobation' },
    },
    contenu: {
      meta: question('contenu', ['ville', 'urgence', 'administration', 'organisation'], { hint: true }),
      on: { ville: 'neutre', urgence: 'frequenceUrgence', administration: 'administrationCondition', organisation: 'partenaire' },
    },
    partenaire: {
      meta: question('partenaire', ['oui', 'non']),
      on: { oui: 'neutre', non: 'interetPublic' },
    },
    interetPublic: {
      meta: question('interetPublic', ['oui', 'non'], { hint: true }),
      on: { oui: 'neutre', non: 'information' },
    },
    information: {
      meta: question('information', ['oui', 'non'], { hint: true }),
      on: { oui: 'informationAVerifier', non: 'horsChamp' },
    },
    neutre: {
      meta: question('neutre', ['oui', 'non'], { hint: true }),
      on: { oui: 'pertinent', non: 'nonNeutre' },
    },
    pertinent: {
      meta: question('pertinent', ['oui', 'non'], { hint: true }),
      on: { oui: 'frequence', non: 'nonPertinent' },
    },
    frequence: {
      meta: question('frequence', ['oui', 'non'], { hint: true }),
      on: { oui: 'limiteAtteinte', non: 'publier' },
    },
    frequenceUrgence: {
      meta: question('frequenceUrgence', ['oui', 'non'], { hint: true }),
      on: { oui: 'urgenceAVerifier', non: 'urgencePublier' },
    },
    sansApprobation: {
      type: 'final',
      meta: ending('sansApprobation', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['sitesVille', 'plateformes'],
        quotes: [
          { section: 'sitesVille', text: personneNePeutModifier },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    administrationCondition: {
      type: 'final',
      meta: ending('administrationCondition', {
        verdict: 'allowed-if',
        contact: 'dg',
        ...vbc,
        sections: ['ligneEditoriale', 'regle1', 'regle2'],
        quotes: [
          { section: 'ligneEditoriale', text: commentairesAdministration },
          { section: 'ligneEditoriale', text: neutre },
        ],
      }),
    },
    informationAVerifier: {
      type: 'final',
      meta: ending('informationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle3'],
        quotes: [
          { section: 'regle3', text: regle3Titre },
          { section: 'regle3', text: equite },
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
    nonNeutre: {
      type: 'final',
      meta: ending('nonNeutre', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['ligneEditoriale'],
        quotes: [{ section: 'ligneEditoriale', text: neutre }],
      }),
    },
    nonPertinent: {
      type: 'final',
      meta: ending('nonPertinent', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['regle2'],
        quotes: [{ section: 'regle2', text: pertinence }],
      }),
    },
    limiteAtteinte: {
      type: 'final',
      meta: ending('limiteAtteinte', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['regle1'],
        quotes: [{ section: 'regle1', text: frequence }],
      }),
    },
    publier: {
      type: 'final',
      meta: ending('publier', {
        verdict: 'allowed',
        contact: 'communications',
        ...vbc,
        sections: ['regle3', 'ligneEditoriale', 'regle2', 'regle1', 'plateformes', 'renseignements'],
        quotes: [
          { section: 'regle3', text: equite },
          { section: 'regle1', text: frequence },
        ],
      }),
    },
    urgencePublier: {
      type: 'final',
      meta: ending('urgencePublier', {
        verdict: 'allowed',
        contact: 'communications',
        ...vbc,
        sections: ['objectifs', 'regle1', 'plateformes', 'renseignements'],
        quotes: [
          { section: 'objectifs', text: objectifUrgence },
          { section: 'regle1', text: frequence },
        ],
      }),
    },
    urgenceAVerifier: {
      type: 'final',
      meta: ending('urgenceAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle1', 'objectifs'],
        quotes: [
          { section: 'regle1', text: frequence },
          { section: 'objectifs', text: objectifUrgence },
        ],
      }),
    },
  },
});
