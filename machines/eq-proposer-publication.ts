import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-proposer-publication',
  initial: 'objet',
  states: {
    objet: {
      meta: question('objet', ['urgence', 'information-erronee', 'idee']),
      on: { urgence: 'publierSoiMeme', 'information-erronee': 'informationErronee', idee: 'ideeProposer' },
    },
    publierSoiMeme: {
      meta: question('publierSoiMeme', ['oui', 'non'], { hint: true }),
      on: { oui: 'urgencePublierAVerifier', non: 'urgenceSignaler' },
    },
    ideeProposer: {
      type: 'final',
      meta: ending('ideeProposer', { verdict: 'allowed', contact: 'coordinator', ...eq, sections: ['diffuser', 'suggestions'] }),
    },
    informationErronee: {
      type: 'final',
      meta: ending('informationErronee', {
        verdict: 'escalate',
        contact: 'coordinator',
        ...eq,
        sections: ['diffuser', 'informationsErronees'],
      }),
    },
    urgenceSignaler: {
      type: 'final',
      meta: ending('urgenceSignaler', { verdict: 'escalate', contact: 'coordinator', ...eq, sections: ['diffuser'] }),
    },
    urgencePublierAVerifier: {
      type: 'final',
      meta: ending('urgencePublierAVerifier', { verdict: 'ask', contact: 'coordinator', ...eq, sections: ['diffuser'] }),
    },
  },
});
