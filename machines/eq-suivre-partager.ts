import { ending, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-suivre-partager',
  initial: 'suivrePartager',
  states: {
    suivrePartager: {
      type: 'final',
      meta: ending('suivrePartager', { verdict: 'allowed', contact: 'coordinator', ...eq, sections: ['suivre', 'partager'] }),
    },
  },
});
