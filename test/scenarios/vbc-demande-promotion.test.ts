import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-demande-promotion: catalogue endings', () => {
  expectEndings('vbc-demande-promotion', [
    { answers: ['oui'], state: 'partenaireCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['non', 'oui'], state: 'interetPublicCondition', verdict: 'allowed-if', contact: 'communications' },
    // Whether a non-partner's promotion can be « information municipale et touristique » is not said.
    { answers: ['non', 'non', 'oui'], state: 'informationAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['non', 'non', 'non'], state: 'horsChamp', verdict: 'not-allowed', contact: 'communications' },
  ]);
});
