import { ending, question, scenarioSetup } from '../../engine/model';
import { discrediter, enToutTemps, prudence, proposInterdits, sanctions, sansNom, vbc } from './policy';

/**
 * 3.1 forbids defamatory or derogatory remarks and harassment, at all times; §11 invites
 * employees to prudence and judgement. The policy does not define « désobligeant »: a user
 * unsure whether a criticism is one gets `ask`.
 */
export default scenarioSetup.createMachine({
  id: 'vbc-propos-personnes',
  initial: 'propos',
  states: {
    propos: {
      meta: question('propos', ['diffamatoire', 'critique', 'pas-sur'], { hint: true }),
      on: { diffamatoire: 'interdit', critique: 'prudence', 'pas-sur': 'aVerifier' },
    },
    interdit: {
      type: 'final',
      meta: ending('interdit', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['enonceGeneral', 'sanctions'],
        quotes: [
          { section: 'enonceGeneral', text: proposInterdits },
          { section: 'enonceGeneral', text: sansNom },
          { section: 'enonceGeneral', text: enToutTemps },
        ],
      }),
    },
    prudence: {
      type: 'final',
      meta: ending('prudence', {
        verdict: 'allowed',
        contact: 'communications',
        ...vbc,
        sections: ['ethique', 'adressePerso', 'enonceGeneral'],
        quotes: [
          { section: 'ethique', text: prudence },
          { section: 'adressePerso', text: discrediter },
        ],
      }),
    },
    aVerifier: {
      type: 'final',
      meta: ending('aVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['enonceGeneral', 'ethique', 'sanctions'],
        quotes: [
          { section: 'enonceGeneral', text: proposInterdits },
          { section: 'ethique', text: prudence },
          { section: 'sanctions', text: sanctions },
        ],
      }),
    },
  },
});
