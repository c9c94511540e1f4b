import { ending, factQuestion, scenarioSetup } from '../../engine/model';
import { finsDeDiffusion, reglesDeDiffusion } from './diffusion';
import { quoteList } from '../../engine/quotes';
import { approbationCompte, informationMunicipale, interetPublic, partenaire } from './facts';
import {
  consentement,
  frequence,
  objectifs,
  personneNePeutModifier,
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
          quoteList(objectifs, 'urgence'),
          { section: 'renseignements', text: verifierFaits },
        ],
      }),
    },
    ...finsDeDiffusion,
  },
});
