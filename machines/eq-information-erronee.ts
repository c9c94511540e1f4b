import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-information-erronee',
  initial: 'corriger',
  states: {
    corriger: {
      meta: question('corriger', ['oui', 'non'], { hint: true }),
      on: { oui: 'corrigerAVerifier', non: 'signaler' },
    },
    signaler: {
      type: 'final',
      meta: ending('signaler', { verdict: 'escalate', contact: 'coordinator', ...eq, sections: ['informationsErronees'] }),
    },
    corrigerAVerifier: {
      type: 'final',
      meta: ending('corrigerAVerifier', { verdict: 'ask', contact: 'coordinator', ...eq, sections: ['informationsErronees'] }),
    },
  },
});
