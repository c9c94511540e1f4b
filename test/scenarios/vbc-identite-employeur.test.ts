import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-identite-employeur: catalogue endings', () => {
  expectEndings('vbc-identite-employeur', [
    { answers: ['logo'], state: 'logoCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['employeur'], state: 'mentionPermise', verdict: 'allowed', contact: 'communications' },
    { answers: ['courriel-ville', 'oui'], state: 'courrielVilleCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['courriel-ville', 'non'], state: 'courrielVilleAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['courriel-perso'], state: 'courrielPersoCondition', verdict: 'allowed-if', contact: 'communications' },
  ]);
});
