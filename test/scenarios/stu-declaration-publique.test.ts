import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-declaration-publique: catalogue endings', () => {
  expectEndings('stu-declaration-publique', [
    { answers: ['oui'], state: 'atteinteNon', verdict: 'not-allowed', contact: 'superieur' },
    { answers: ['non'], state: 'opinionCondition', verdict: 'allowed-if', contact: 'superieur' },
    { answers: ['pas-sur'], state: 'reputationAVerifier', verdict: 'ask', contact: 'superieur' },
  ]);
});
