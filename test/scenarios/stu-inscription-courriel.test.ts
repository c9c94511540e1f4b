import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-inscription-courriel: catalogue endings', () => {
  expectEndings('stu-inscription-courriel', [
    { answers: ['personnelle'], state: 'adressePersonnelle', verdict: 'allowed', contact: 'superieur' },
    { answers: ['professionnelle'], state: 'adresseProfessionnelle', verdict: 'not-allowed', contact: 'superieur' },
  ]);
});
