import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { finsDeDiffusion, reglesDeDiffusion } from './diffusion';
import { quoteList } from '../../engine/quotes';
import { approbationCompte, informationMunicipale, interetPublic, partenaire, publicationsAujourdhui, situationExceptionnelle } from './facts';
import {
  commentairesAdministration,
  consentement,
  frequence,
  neutre,
  objectifs,
  personneNePeutModifier,
  sitesRelevent,
  verifierFaits,
  vbc,
} from './policy';

/**
 * Posting on a City account: approval (3.3), then what it is (§6, §7, §9 rule 3), then the
 * rules every post follows (`reglesDeDiffusion`: neutrality §6, relevance §9 rule 2, the daily
 * limit §9 rule 1). An emergency notice (§7: water cuts, boil-water notices, power failures;
 * the policy does not say whose notice) is read by this guide as one of the « situations
 * exceptionnelles » of §9 rule 1: it may go out even when the City has already posted twice
 * today, whether the user chose it at `contenu` or, once the limit is reached, at
 * `exceptionnel`. Any other situation the user thinks exceptional is not defined by the policy
 * (`ask`), nor is whether a non-partner organisation's message can be « information municipale
 * et touristique » (`ask`). A comment on the City's administration follows the same rules,
 * with the Direction générale notified (§6). « Je ne sais pas » on the approval still asks
 * what can settle « Non » (the `Approbation` branch) and ends on `approbationAVerifier`
 * otherwise.
 */
export default scenarioSetup.createMachine({
  id: 'vbc-publier-page-ville',
  initial: 'gestion',
  states: {
    gestion: {
      meta: factQuestion('gestion', approbationCompte, { hint: true }),
      on: { oui: 'contenu', non: 'sansApprobation', 'pas-sur': 'contenuApprobation' },
    },
    contenu: {
      meta: question('contenu', ['ville', 'urgence', 'administration', 'organisation'], { hint: true }),
      on: { ville: 'neutre', urgence: 'frequenceUrgence', administration: 'neutreAdministration', organisation: 'partenaire' },
    },
    partenaire: {
      meta: factQuestion('partenaire', partenaire),
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
    ...reglesDeDiffusion('Administration', 'administrationCondition'),
    // Where a judgement is still open, an emergency notice does not settle « Oui »: the branch's own « À vérifier ».
    ...reglesDeDiffusion('Information', 'informationAVerifier', { urgence: 'informationAVerifier' }),
    ...reglesDeDiffusion('Doute', 'jugementAVerifier', { urgence: 'jugementAVerifier' }),
    frequenceUrgence: {
      meta: factQuestion('frequenceUrgence', publicationsAujourdhui, { hint: true }),
      on: { oui: 'urgenceExceptionnelle', non: 'urgencePublier', 'pas-sur': 'urgenceExceptionnelle' },
    },
    // Approval unknown: the same questions (same texts), for the answers that settle « Non »
    // whatever the approval; every other answer ends on `approbationAVerifier`.
    contenuApprobation: {
      meta: question('contenu', ['ville', 'urgence', 'administration', 'organisation'], { hint: true }),
      on: { ville: 'neutreApprobation', urgence: 'approbationAVerifier', administration: 'neutreApprobation', organisation: 'partenaireApprobation' },
    },
    partenaireApprobation: {
      meta: factQuestion('partenaire', partenaire),
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
    approbationAVerifier: {
      type: 'final',
      meta: ending('approbationAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['sitesVille', 'plateformes', 'ligneEditoriale'],
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
        sections: ['ligneEditoriale', 'regle1', 'regle2', 'renseignements'],
        quotes: [
          { section: 'ligneEditoriale', text: commentairesAdministration },
          { section: 'ligneEditoriale', text: neutre },
          { section: 'renseignements', text: verifierFaits },
        ],
      }),
    },
    exceptionAVerifier: {
      type: 'final',
      meta: ending('exceptionAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['regle1', 'objectifs', 'sitesVille', 'ligneEditoriale'],
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
        sections: ['regle1', 'sitesVille', 'ligneEditoriale'],
        quotes: [
          { section: 'regle1', text: frequence },
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
        sections: ['regle3', 'ligneEditoriale', 'regle2', 'regle1', 'renseignements', 'plateformes'],
        quotes: [
          { section: 'regle1', text: frequence },
          { section: 'renseignements', text: verifierFaits },
          { section: 'renseignements', text: consentement },
        ],
      }),
    },
    urgencePublier: {
      type: 'final',
      meta: ending('urgencePublier', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['objectifs', 'regle1', 'renseignements', 'plateformes'],
        quotes: [
          quoteList(objectifs, 'urgence'),
          { section: 'regle1', text: frequence },
          { section: 'renseignements', text: verifierFaits },
        ],
        given: [[situationExceptionnelle, 'urgence']],
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
          quoteList(objectifs, 'urgence'),
          { section: 'renseignements', text: verifierFaits },
        ],
        given: [[situationExceptionnelle, 'urgence']],
      }),
    },
    ...finsDeDiffusion,
  },
});
