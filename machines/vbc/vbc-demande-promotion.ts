import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { reglesDeDiffusion } from './diffusion';
import { approbationCompte, informationMunicipale, interetPublic, partenaire } from './facts';
import {
  consentement,
  equite,
  frequence,
  neutre,
  objectifUrgence,
  personneNePeutModifier,
  pertinence,
  regle3Titre,
  sitesRelevent,
  verifierFaits,
  vbc,
} from './policy';

/**
 * An organisation asks the City to promote its activity: the same situation as posting
 * another organisation's message in vbc-publier-page-ville, with the same questions (shared
 * facts) and the same answers. Approval to post on the City account (3.3); §9 rule 3: the
 * City limits its posts to municipal and tourist information, requests of organisations it has
 * a partnership or agreement with, and messages it judges of public interest; then the rules
 * every post follows (`reglesDeDiffusion`: neutrality §6, relevance §9 rule 2, the daily limit
 * §9 rule 1). Whether a non-partner organisation's promotion can count as « information
 * municipale et touristique » is not said (`ask`). Once the limit is reached, an emergency
 * notice (§7) goes out all the same (`urgenceExceptionnelle`, as in vbc-publier-page-ville).
 * « Je ne sais pas » on the approval still asks what can settle « Non » (the `Approbation`
 * branch) and ends on `approbationAVerifier` otherwise.
 */
export default scenarioSetup.createMachine({
  id: 'vbc-demande-promotion',
  initial: 'gestion',
  states: {
    gestion: {
      meta: factQuestion('gestion', approbationCompte, { hint: true }),
      on: { oui: 'partenaire', non: 'sansApprobation', 'pas-sur': 'partenaireApprobation' },
    },
    partenaire: {
      meta: factQuestion('partenaire', partenaire, { hint: true }),
      on: { oui: 'neutre', non: 'interetPublic' },
    },
    interetPublic: {
      meta: factQuestion('interetPublic', interetPublic, { hint: true }),
      on: { oui: 'neutre', non: 'information', 'pas-sur': 'neutreDoute' },
    },
    information: {
      meta: factQuestion('information', informationMunicipale, { hint: true }),
      on: { oui: 'neutreInformation', non: 'horsChamp' },
    },
    ...reglesDeDiffusion('', 'publier'),
    // Where a judgement is still open, an emergency notice does not settle « Oui »: the branch's own « À vérifier ».
    ...reglesDeDiffusion('Information', 'informationAVerifier', { urgence: 'informationAVerifier' }),
    ...reglesDeDiffusion('Doute', 'jugementAVerifier', { urgence: 'jugementAVerifier' }),
    // Approval unknown: the same questions (same texts), for the answers that settle « Non »
    // whatever the approval; every other answer ends on `approbationAVerifier`.
    partenaireApprobation: {
      meta: factQuestion('partenaire', partenaire, { hint: true }),
      on: { oui: 'neutreApprobation', non: 'interetPublicApprobation' },
    },
    interetPublicApprobation: {
      meta: factQuestion('interetPublic', interetPublic, { hint: true }),
      on: { oui: 'neutreApprobation', non: 'informationApprobation', 'pas-sur': 'neutreApprobation' },
    },
    informationApprobation: {
      meta: factQuestion('information', informationMunicipale, { hint: true }),
      on: { oui: 'neutreApprobation', non: 'horsChamp' },
    },
    ...reglesDeDiffusion('Approbation', 'approbationAVerifier', {
      doute: 'Approbation',
      exception: 'approbationAVerifier',
      urgence: 'approbationAVerifier',
      frequenceInconnue: 'approbationAVerifier',
    }),
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
    approbationAVerifier: {
      type: 'final',
      meta: ending('approbationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['sitesVille', 'plateformes'],
        quotes: [
          { section: 'sitesVille', text: personneNePeutModifier },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    informationAVerifier: {
      type: 'final',
      meta: ending('informationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle3', 'ligneEditoriale', 'regle2', 'regle1'],
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
    exceptionAVerifier: {
      type: 'final',
      meta: ending('exceptionAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle1', 'objectifs', 'sitesVille'],
        quotes: [
          { section: 'regle1', text: frequence },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    frequenceAVerifier: {
      type: 'final',
      meta: ending('frequenceAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle1', 'sitesVille'],
        quotes: [
          { section: 'regle1', text: frequence },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    jugementAVerifier: {
      type: 'final',
      meta: ending('jugementAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['ligneEditoriale', 'regle2', 'regle3', 'regle1', 'sitesVille'],
        quotes: [
          { section: 'ligneEditoriale', text: neutre },
          { section: 'regle2', text: pertinence },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    publier: {
      type: 'final',
      meta: ending('publier', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['regle3', 'ligneEditoriale', 'regle2', 'regle1', 'renseignements'],
        quotes: [
          { section: 'regle1', text: frequence },
          { section: 'renseignements', text: verifierFaits },
          { section: 'renseignements', text: consentement },
        ],
      }),
    },
    urgenceExceptionnelle: {
      type: 'final',
      meta: ending('urgenceExceptionnelle', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['regle1', 'objectifs', 'renseignements', 'plateformes'],
        quotes: [
          { section: 'regle1', text: frequence },
          { section: 'objectifs', text: objectifUrgence },
          { section: 'renseignements', text: verifierFaits },
        ],
      }),
    },
  },
});
