import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes4-contenu-supplementaire: catalogue endings', () => {
  expectEndings('on-mes4-contenu-supplementaire', [
    { answers: ['non'], state: 'pasOfficielNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'non'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    // « Trousses… » (only share, or post as is) against « Contenu et éléments créatifs » (as the minister sees fit).
    { answers: ['oui', 'oui'], state: 'modificationAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
