import { ending, question, scenarioSetup } from '../../engine/model';
import { neutralite } from './facts';
import {
  conseilPasMemesContraintes,
  dansUneCertaineMesure,
  logo,
  neutre,
  opinionsPolitiques,
  seulsComptesRepondent,
  vbc,
} from './policy';

/**
 * §11: council members express political opinions on their personal accounts, without the
 * City's logo. Anything else they post is not settled: the policy addresses them only
 * « dans une certaine mesure », says they are not bound like employees, and does not say
 * whether they are « utilisateurs » (2.2) of its internal part (`ask`). Two general rules are
 * said in that ending all the same: only the City's official accounts answer for it (§11), and
 * the logo rule of 3.2, whose reach to council members the policy does not settle.
 */
export default scenarioSetup.createMachine({
  id: 'vbc-elu-opinion',
  initial: 'opinion',
  states: {
    opinion: {
      meta: question('opinion', ['oui', 'non'], { hint: true }),
      on: { oui: 'ou', non: 'autreSujetAVerifier' },
    },
    ou: {
      meta: question('ou', ['ville', 'personnel']),
      on: { ville: 'compteVilleNon', personnel: 'comptePersonnelCondition' },
    },
    autreSujetAVerifier: {
      type: 'final',
      meta: ending('autreSujetAVerifier', {
        verdict: 'ask',
        contact: 'communications',
        ...vbc,
        sections: ['voletExterne', 'ethique', 'utilisateurs', 'responsabilite'],
        quotes: [
          { section: 'voletExterne', text: dansUneCertaineMesure },
          { section: 'ethique', text: conseilPasMemesContraintes },
          { section: 'ethique', text: seulsComptesRepondent },
          { section: 'responsabilite', text: logo },
        ],
      }),
    },
    compteVilleNon: {
      type: 'final',
      meta: ending('compteVilleNon', {
        verdict: 'not-allowed',
        contact: 'communications',
        ...vbc,
        sections: ['ethique', 'ligneEditoriale'],
        quotes: [
          { section: 'ethique', text: opinionsPolitiques },
          { section: 'ligneEditoriale', text: neutre },
        ],
        // A political opinion is, by its nature, not neutral politically (§6).
        given: [[neutralite, 'non']],
      }),
    },
    comptePersonnelCondition: {
      type: 'final',
      meta: ending('comptePersonnelCondition', {
        verdict: 'allowed-if',
        contact: 'communications',
        ...vbc,
        sections: ['ethique'],
        quotes: [{ section: 'ethique', text: opinionsPolitiques }],
      }),
    },
  },
});
