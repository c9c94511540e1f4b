import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-publication-politique: catalogue endings', () => {
  expectEndings('eq-publication-politique', [
    { answers: ['ds'], state: 'publicationNon', verdict: 'not-allowed', contact: 'coordinator' },
    { answers: ['personnel'], state: 'personnelAVerifier', verdict: 'ask', contact: 'ds' },
  ]);
});
