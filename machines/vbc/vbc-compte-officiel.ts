import { ending, factQuestion, question, scenarioSetup } from '../../engine/model';
import { approbationCompte } from './facts';
import { personneNePeutModifier, seulsComptesOfficiels, sitesRelevent, vbc } from './policy';

/**
 * 3.3: changing a City site needs the prior approval of the Division des communications or the
 * Direction générale; the approval is asked as the shared fact `vbc.approbationCompte`, in the
 * same words as vbc-publier-page-ville (« Je ne sais pas » → `approbationAVerifier`). §8 lists
 * the only official accounts and gives no way to create one (`ask`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-compte-officiel',
  initial: 'quoi',
  states: {
    quoi: {
      meta: question('quoi', ['modifier', 'creer'], { hint: true }),
      on: { modifier: 'approbation', creer: 'creerAVerifier' },
    },
    approbation: {
      meta: factQuestion('approbation', approbationCompte, { hint: true }),
      on: { oui: 'modifierPermis', non: 'modifierSansApprobation', 'pas-sur': 'approbationAVerifier' },
    },
    modifierPermis: {
      type: 'final',
      meta: ending('modifierPermis', {
        verdict: 'allowed',
        contact: 'communications',
        ...vbc,
        sections: ['sitesVille', 'plateformes'],
        quotes: [
          { section: 'sitesVille', text: personneNePeutModifier },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
    modifierSansApprobation: {
      type: 'final',
      meta: ending('modifierSansApprobation', {
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
    creerAVerifier: {
      type: 'final',
      meta: ending('creerAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['plateformes', 'sitesVille'],
        quotes: [
          { section: 'plateformes', text: seulsComptesOfficiels },
          { section: 'sitesVille', text: sitesRelevent },
        ],
      }),
    },
  },
});
