import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-publication-politique',
  initial: 'role',
  states: {
    role: {
      meta: question('role', ['ds', 'personnel']),
      on: { ds: 'publicationNon', personnel: 'personnelAVerifier' },
    },
    publicationNon: {
      type: 'final',
      meta: ending('publicationNon', {
        verdict: 'not-allowed',
        contact: 'coordinator',
        ...eq,
        sections: ['contenuPolitique', 'amisSeulement', 'amiElu', 'partagerContenu'],
      }),
    },
    personnelAVerifier: {
      type: 'final',
      meta: ending('personnelAVerifier', { verdict: 'ask', contact: 'ds', ...eq, sections: ['memesRegles'] }),
    },
  },
});
