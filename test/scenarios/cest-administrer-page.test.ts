import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('cest-administrer-page: catalogue endings', () => {
  expectEndings('cest-administrer-page', [
    { answers: ['oui'], state: 'obligationsAdministrateur', verdict: 'required', contact: 'sg' },
    { answers: ['non'], state: 'sansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['pas-sur'], state: 'sansAutorisation', verdict: 'not-allowed', contact: 'sg' },
  ]);
});
