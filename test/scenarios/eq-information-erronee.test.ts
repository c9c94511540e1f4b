import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-information-erronee: catalogue endings', () => {
  expectEndings('eq-information-erronee', [
    { answers: ['non'], state: 'signaler', verdict: 'escalate', contact: 'coordinator' },
    { answers: ['oui'], state: 'corrigerAVerifier', verdict: 'ask', contact: 'coordinator' },
  ]);
});
