import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-elu-opinion: catalogue endings', () => {
  expectEndings('vbc-elu-opinion', [
    { answers: ['non'], state: 'autreSujetAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['oui', 'ville'], state: 'compteVilleNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'personnel'], state: 'comptePersonnelCondition', verdict: 'allowed-if', contact: 'communications' },
  ]);
});
