import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-interpellation: catalogue endings', () => {
  expectEndings('eq-interpellation', [
    { answers: ['question'], state: 'comptesOfficiels', verdict: 'required', contact: 'coordinator' },
    { answers: ['rumeur'], state: 'rumeurSignaler', verdict: 'escalate', contact: 'coordinator' },
  ]);
});
