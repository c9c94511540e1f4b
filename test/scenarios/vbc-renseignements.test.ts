import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-renseignements: catalogue endings', () => {
  expectEndings('vbc-renseignements', [
    { answers: ['contenu', 'clientele', 'oui'], state: 'clientCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['contenu', 'clientele', 'non'], state: 'clientNon', verdict: 'not-allowed', contact: 'communications' },
    // The consent rule names the clientèle only.
    { answers: ['contenu', 'collegue'], state: 'collegueAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['contenu', 'autre'], state: 'autreAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['personnel', 'non'], state: 'personnelNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['personnel', 'oui'], state: 'personnelAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['confidentiel'], state: 'confidentielCondition', verdict: 'allowed-if', contact: 'communications' },
  ]);
});
