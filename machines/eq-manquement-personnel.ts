import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-manquement-personnel',
  initial: 'partisan',
  states: {
    partisan: {
      meta: question('partisan', ['oui', 'non', 'pas-sur'], { hint: true }),
      on: { oui: 'partisanManquement', non: 'conduite', 'pas-sur': 'partisanAVerifier' },
    },
    conduite: {
      meta: question('conduite', ['oui', 'non'], { hint: true }),
      on: { oui: 'aucuneRegleFerme', non: 'conduiteManquement' },
    },
    partisanManquement: {
      type: 'final',
      meta: ending('partisanManquement', { verdict: 'escalate', contact: 'coordinator', ...eq, sections: ['memesRegles'] }),
    },
    partisanAVerifier: {
      type: 'final',
      meta: ending('partisanAVerifier', { verdict: 'ask', contact: 'coordinator', ...eq, sections: ['memesRegles'] }),
    },
    conduiteManquement: {
      type: 'final',
      meta: ending('conduiteManquement', { verdict: 'escalate', contact: 'coordinator', ...eq, sections: ['memesRegles'] }),
    },
    aucuneRegleFerme: {
      type: 'final',
      meta: ending('aucuneRegleFerme', { verdict: 'ask', contact: 'coordinator', ...eq, sections: ['memesRegles'] }),
    },
  },
});
