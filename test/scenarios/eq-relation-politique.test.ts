import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-relation-politique: catalogue endings', () => {
  expectEndings('eq-relation-politique', [
    { answers: ['personnel'], state: 'personnelAVerifier', verdict: 'ask', contact: 'ds' },
    { answers: ['ds', 'parti'], state: 'partiNon', verdict: 'not-allowed', contact: 'coordinator' },
    { answers: ['ds', 'personne', 'non'], state: 'personneNon', verdict: 'not-allowed', contact: 'coordinator' },
    { answers: ['ds', 'personne', 'oui'], state: 'lienPersonnelCondition', verdict: 'allowed-if', contact: 'coordinator' },
  ]);
});
