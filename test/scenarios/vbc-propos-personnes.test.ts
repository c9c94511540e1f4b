import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-propos-personnes: catalogue endings', () => {
  expectEndings('vbc-propos-personnes', [
    { answers: ['diffamatoire'], state: 'interdit', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['critique'], state: 'prudence', verdict: 'allowed', contact: 'communications' },
    // « désobligeant » is not defined.
    { answers: ['pas-sur'], state: 'aVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
