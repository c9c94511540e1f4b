import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes4-contenu-supplementaire: catalogue endings', () => {
  expectEndings('on-mes4-contenu-supplementaire', [
    { answers: ['non'], state: 'pasOfficielNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'partage'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['oui', 'simultane', 'non'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    // « uniquement … tel quel » (Trousses) against « comme le ministre l'entend » (Contenu et éléments créatifs).
    { answers: ['oui', 'simultane', 'oui'], state: 'modificationAVerifier', verdict: 'ask', contact: 'communications' },
    // « simultanément » against « ou après sa publication », for content created at the minister's request (as on-mes1).
    { answers: ['oui', 'plus-tard'], state: 'plusTardAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
