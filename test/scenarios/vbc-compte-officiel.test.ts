import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-compte-officiel: catalogue endings', () => {
  expectEndings('vbc-compte-officiel', [
    { answers: ['modifier'], state: 'modifierCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['creer'], state: 'creerAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
