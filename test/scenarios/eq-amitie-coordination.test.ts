import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-amitie-coordination: catalogue endings', () => {
  expectEndings('eq-amitie-coordination', [
    { answers: ['recue'], state: 'demandeRecue', verdict: 'allowed', contact: 'coordinator' },
    { answers: ['envoyer'], state: 'demandeEnvoyee', verdict: 'allowed', contact: 'coordinator' },
  ]);
});
