import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-page-service: catalogue endings', () => {
  expectEndings('stu-page-service', [
    { answers: ['existante'], state: 'unePlateforme', verdict: 'not-allowed', contact: 'administration' },
    { answers: ['autre'], state: 'nouvellePlateformeAVerifier', verdict: 'ask', contact: 'administration' },
  ]);
});
