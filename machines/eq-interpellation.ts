import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-interpellation',
  initial: 'sujet',
  states: {
    sujet: {
      meta: question('sujet', ['question', 'rumeur'], { hint: true }),
      on: { question: 'comptesOfficiels', rumeur: 'rumeurSignaler' },
    },
    comptesOfficiels: {
      type: 'final',
      meta: ending('comptesOfficiels', { verdict: 'required', contact: 'coordinator', ...eq, sections: ['interpellation', 'quiSocupe'] }),
    },
    rumeurSignaler: {
      type: 'final',
      meta: ending('rumeurSignaler', {
        verdict: 'escalate',
        contact: 'coordinator',
        ...eq,
        sections: ['interpellation', 'informationsErronees'],
      }),
    },
  },
});
