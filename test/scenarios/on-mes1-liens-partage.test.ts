import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes1-liens-partage: catalogue endings', () => {
  expectEndings('on-mes1-liens-partage', [
    { answers: ['oui'], state: 'partisanNon', verdict: 'not-allowed', contact: 'communications' },
    // The guidelines do not define partisan content.
    { answers: ['pas-sur'], state: 'partisanAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['non', 'non'], state: 'ministreSeulementNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['non', 'oui', 'partage'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['non', 'oui', 'simultane'], state: 'creationCondition', verdict: 'allowed-if', contact: 'communications' },
    // MES 1 « simultanément » against « Contenu et éléments créatifs » « ou après sa publication ».
    { answers: ['non', 'oui', 'plus-tard'], state: 'plusTardAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
