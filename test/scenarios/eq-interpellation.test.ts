import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-interpellation: catalogue endings', () => {
  expectEndings('eq-interpellation', [
    { answers: ['question'], state: 'comptesOfficiels', verdict: 'required', contact: 'coordinator' },
    // Approached elsewhere than on a personal account: the FAQ states the duty for personal accounts only.
    { answers: ['question-ailleurs'], state: 'ailleursAVerifier', verdict: 'ask', contact: 'coordinator' },
    { answers: ['rumeur'], state: 'rumeurSignaler', verdict: 'escalate', contact: 'coordinator' },
  ]);
});
