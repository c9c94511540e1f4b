import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-repondre-au-nom-ville: catalogue endings', () => {
  expectEndings('vbc-repondre-au-nom-ville', [
    { answers: [], state: 'comptesOfficielsSeulement', verdict: 'not-allowed', contact: 'communications' },
  ]);
});
