import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-menage-publications: catalogue endings', () => {
  expectEndings('eq-menage-publications', [
    { answers: ['ds'], state: 'menageRecommande', verdict: 'recommended', contact: 'coordinator' },
    { answers: ['personnel'], state: 'personnelAVerifier', verdict: 'ask', contact: 'ds' },
  ]);
});
