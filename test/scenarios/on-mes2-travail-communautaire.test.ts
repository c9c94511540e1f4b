import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes2-travail-communautaire: catalogue endings', () => {
  expectEndings('on-mes2-travail-communautaire', [
    { answers: ['non'], state: 'capaciteNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'oui'], state: 'partisanNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'non'], state: 'publicationCondition', verdict: 'allowed-if', contact: 'communications' },
    // The guidelines do not define partisan content.
    { answers: ['oui', 'pas-sur'], state: 'partisanAVerifier', verdict: 'ask', contact: 'communications' },
    // Official capacity is defined only by examples; partisan content is a « Non » whatever the capacity.
    { answers: ['pas-sur', 'oui'], state: 'partisanNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['pas-sur', 'non'], state: 'capaciteAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['pas-sur', 'pas-sur'], state: 'capaciteAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
