import { ending, question, scenarioSetup } from '../src/engine/model';

const eq = { document: 'eq' };

export default scenarioSetup.createMachine({
  id: 'eq-amitie-coordination',
  initial: 'sens',
  states: {
    sens: {
      meta: question('sens', ['recue', 'envoyer']),
      on: { recue: 'demandeRecue', envoyer: 'demandeEnvoyee' },
    },
    demandeRecue: {
      type: 'final',
      meta: ending('demandeRecue', { verdict: 'allowed', contact: 'coordinator', ...eq, sections: ['accepterDemande'] }),
    },
    demandeEnvoyee: {
      type: 'final',
      meta: ending('demandeEnvoyee', { verdict: 'allowed', contact: 'coordinator', ...eq, sections: ['faireDemande', 'amiElu'] }),
    },
  },
});
