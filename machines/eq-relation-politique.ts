import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-relation-politique',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['ds', 'personnel']),
      on: { ds: 'cible', personnel: 'personnelAVerifier' },
    },
    cible: {
      meta: question('cible', ['personne', 'parti'], { hint: true }),
      on: { personne: 'connaissance', parti: 'partiNon' },
    },
    connaissance: {
      meta: question('connaissance', ['oui', 'non'], { hint: true }),
      on: { oui: 'lienPersonnelCondition', non: 'personneNon' },
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', { verdict: 'ask', contact: 'ds', ...eq, sections: ['memesRegles'] }),
    },
    partiNon: {
      type: 'final',
      meta: ending('partiNon', { verdict: 'not-allowed', contact: 'coordinator', ...eq, sections: ['amiElu', 'tousLesPartis'] }),
    },
    personneNon: {
      type: 'final',
      meta: ending('personneNon', { verdict: 'not-allowed', contact: 'coordinator', ...eq, sections: ['amiElu'] }),
    },
    lienPersonnelCondition: {
      type: 'final',
      meta: ending('lienPersonnelCondition', { verdict: 'allowed-if', contact: 'coordinator', ...eq, sections: ['amiElu'] }),
    },
  },
});
