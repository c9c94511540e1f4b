import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-publication-politique: catalogue endings', () => {
  expectEndings('eq-publication-politique', [
    { answers: ['ds'], state: 'publicationNon', verdict: 'not-allowed' },
    { answers: ['personnel'], state: 'personnelAVerifier', verdict: 'ask' },
  ]);
});
