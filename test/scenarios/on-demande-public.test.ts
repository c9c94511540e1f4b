import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-demande-public: catalogue endings', () => {
  expectEndings('on-demande-public', [
    { answers: ['rediriger'], state: 'redirigerRecommande', verdict: 'recommended', contact: 'communications' },
    { answers: ['transmettre', 'oui'], state: 'transmettreCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['transmettre', 'non'], state: 'sansConsentementNon', verdict: 'not-allowed', contact: 'communications' },
  ]);
});
