import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-photos-consentement: catalogue endings', () => {
  expectEndings('on-photos-consentement', [
    { answers: ['formulaire'], state: 'approbationOui', verdict: 'allowed', contact: 'premierCommunications' },
    { answers: ['avis'], state: 'approbationOui', verdict: 'allowed', contact: 'premierCommunications' },
    { answers: ['verbal'], state: 'verbalAVerifier', verdict: 'ask', contact: 'premierCommunications' },
    { answers: ['aucune'], state: 'sansApprobationNon', verdict: 'not-allowed', contact: 'premierCommunications' },
    { answers: ['pas-sur'], state: 'approbationAVerifier', verdict: 'ask', contact: 'premierCommunications' },
  ]);
});
