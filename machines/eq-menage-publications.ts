import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-menage-publications',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['ds', 'personnel']),
      on: { ds: 'menageRecommande', personnel: 'personnelAVerifier' },
    },
    menageRecommande: {
      type: 'final',
      meta: ending('menageRecommande', { verdict: 'recommended', contact: 'coordinator', ...eq, sections: ['menage'] }),
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', { verdict: 'ask', contact: 'ds', ...eq, sections: ['memesRegles', 'menage'] }),
    },
  },
});
