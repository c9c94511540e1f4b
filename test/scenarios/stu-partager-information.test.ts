import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-partager-information: catalogue endings', () => {
  expectEndings('stu-partager-information', [
    { answers: ['oui'], state: 'confidentielNon', verdict: 'not-allowed', contact: 'superieur' },
    { answers: ['pas-sur'], state: 'confidentielAVerifier', verdict: 'ask', contact: 'superieur' },
    { answers: ['non', 'non'], state: 'verifierFaits', verdict: 'required', contact: 'superieur' },
    { answers: ['non', 'oui'], state: 'partageCondition', verdict: 'allowed-if', contact: 'superieur' },
  ]);
});
