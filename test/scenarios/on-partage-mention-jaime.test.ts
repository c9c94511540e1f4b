import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-partage-mention-jaime: catalogue endings', () => {
  expectEndings('on-partage-mention-jaime', [
    { answers: ['compte-ministre', 'oui'], state: 'ministreOui', verdict: 'allowed', contact: 'communications' },
    // Other content: outside this section; « Pratiques » are examples only.
    { answers: ['compte-ministre', 'non'], state: 'autreSourceAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['compte-ministere', 'reagir'], state: 'reagirNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['compte-ministere', 'partisan'], state: 'partisanNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['compte-ministere', 'identifier'], state: 'identifierNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['compte-ministere', 'photo', 'oui'], state: 'photoCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['compte-ministere', 'photo', 'non'], state: 'photoNon', verdict: 'not-allowed', contact: 'communications' },
  ]);
});
