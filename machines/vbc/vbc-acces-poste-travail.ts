import { ending, question, scenarioSetup } from '../../engine/model';
import { accesApprobation, accesLimiter, accesPortable, enToutTemps, pasSanctionnees, sAjoute, vbc } from './policy';

/**
 * §4 gives access from the workstation, after the Direction générale's approval, for the
 * City's own social-media initiatives. Personal use at work is not addressed (`ask`).
 */
export default scenarioSetup.createMachine({
  id: 'vbc-acces-poste-travail',
  initial: 'usage',
  states: {
    usage: {
      meta: question('usage', ['initiatives', 'personnel'], { hint: true }),
      on: { initiatives: 'initiativesCondition', personnel: 'personnelAVerifier' },
    },
    initiativesCondition: {
      type: 'final',
      meta: ending('initiativesCondition', {
        verdict: 'allowed-if',
        contact: 'dg',
        ...vbc,
        sections: ['acces'],
        quotes: [
          { section: 'acces', text: accesApprobation },
          { section: 'acces', text: accesLimiter },
        ],
      }),
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', {
        verdict: 'ask',
        contact: 'dg',
        ...vbc,
        sections: ['acces', 'enonceGeneral', 'adressePerso', 'voletInterne'],
        quotes: [
          { section: 'acces', text: accesPortable },
          { section: 'enonceGeneral', text: enToutTemps },
          { section: 'adressePerso', text: pasSanctionnees },
          { section: 'voletInterne', text: sAjoute },
        ],
      }),
    },
  },
});
