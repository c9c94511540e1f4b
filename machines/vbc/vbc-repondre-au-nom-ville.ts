import { ending, scenarioSetup } from '../../engine/model';
import { lieeALaVille, prudence, seulsComptesRepondent, vbc } from './policy';

/** §11: only the City's official accounts answer for it; no question changes that. */
export default scenarioSetup.createMachine({
  id: 'vbc-repondre-au-nom-ville',
  initial: 'comptesOfficielsSeulement',
  states: {
    comptesOfficielsSeulement: {
      type: 'final',
      meta: ending('comptesOfficielsSeulement', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['ethique', 'adressePerso', 'plateformes'],
        quotes: [
          { section: 'ethique', text: seulsComptesRepondent },
          { section: 'adressePerso', text: lieeALaVille },
          { section: 'ethique', text: prudence },
        ],
      }),
    },
  },
});
