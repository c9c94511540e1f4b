import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-heures-travail: catalogue endings', () => {
  expectEndings('stu-heures-travail', [
    { answers: ['oui'], state: 'pourFonctions', verdict: 'allowed', contact: 'superieur' },
    { answers: ['non', 'oui'], state: 'pendantPause', verdict: 'allowed', contact: 'superieur' },
    { answers: ['non', 'non'], state: 'horsPause', verdict: 'not-allowed', contact: 'superieur' },
  ]);
});
