import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('cest-mot-de-passe: catalogue endings', () => {
  expectEndings('cest-mot-de-passe', [
    { answers: ['oui'], state: 'divulgationAutorisee', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['non'], state: 'divulgationNon', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['pas-sur'], state: 'divulgationNon', verdict: 'not-allowed', contact: 'sg' },
    // Not in the catalogue: the Secrétaire générale's authorisation of the requester's work on the
    // account is « une autorisation en vertu de l'article 3 », which is what article 14 asks for.
    { answers: ['activite'], state: 'activiteAutorisee', verdict: 'allowed-if', contact: 'sg' },
  ]);
});
