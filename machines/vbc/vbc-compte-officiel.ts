import { ending, question, scenarioSetup } from '../../src/engine/model';
import { personneNePeutModifier, seulsComptesOfficiels, sitesRelevent, vbc } from './policy';

/** 3.3: changing a City site needs prior approval; §8 lists the only official accounts and gives no way to create one (`ask`). */
export default scenarioSetup.createMachine({
  id: 'vbc-compte-officiel',
  initial: 'quoi',
  states: {
    quoi: {
      meta: question('quoi', ['modifier', 'creer'], { hint: true }),
      on: { modifier: 'modifierCondition', creer: 'creerAVerifier' },
    },
    modifierCondition: {
      type: 'final',
      meta: ending('modifierCondition', {
        verdict: 'allowed-if',
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
