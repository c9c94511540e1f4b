import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes1-liens-partage: catalogue endings', () => {
  expectEndings('on-mes1-liens-partage', [
    // Asked first: content only for the minister's accounts is a « Non » whatever it is.
    { answers: ['non'], state: 'ministreSeulementNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'oui'], state: 'partisanNon', verdict: 'not-allowed', contact: 'communications' },
    // The guidelines do not define partisan content.
    { answers: ['oui', 'pas-sur'], state: 'partisanAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['oui', 'non', 'partage'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['oui', 'non', 'simultane', 'non'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    // Changed before posting: « tel quel » (« Trousses ») against « comme le ministre l'entend », as on-mes4.
    { answers: ['oui', 'non', 'simultane', 'oui'], state: 'modificationAVerifier', verdict: 'ask', contact: 'communications' },
    // MES 1 « simultanément » against « Contenu et éléments créatifs » « ou après sa publication », for content created at the minister's request.
    { answers: ['oui', 'non', 'plus-tard'], state: 'plusTardAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
