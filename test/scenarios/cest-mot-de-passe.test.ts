import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('cest-mot-de-passe: catalogue endings', () => {
  expectEndings('cest-mot-de-passe', [
    { answers: ['oui'], state: 'divulgationAutorisee', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['non'], state: 'divulgationNon', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['pas-sur'], state: 'divulgationNon', verdict: 'not-allowed', contact: 'sg' },
    // Not in the catalogue: article 14 does not say whether an authorisation of the requester's activity covers the password.
    { answers: ['activite'], state: 'activiteAVerifier', verdict: 'ask', contact: 'sg' },
  ]);
});
