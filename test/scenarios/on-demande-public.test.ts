import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-demande-public: catalogue endings', () => {
  expectEndings('on-demande-public', [
    { answers: ['rediriger'], state: 'redirigerRecommande', verdict: 'recommended', contact: 'communications' },
    // What is left is sorting the personal information: the Premier's Office communications branch.
    { answers: ['transmettre', 'oui'], state: 'transmettreCondition', verdict: 'allowed-if', contact: 'premierCommunications' },
    { answers: ['transmettre', 'non'], state: 'sansConsentementNon', verdict: 'not-allowed', contact: 'communications' },
  ]);
});
