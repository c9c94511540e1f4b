import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('cest-activite-organisation: catalogue endings', () => {
  expectEndings('cest-activite-organisation', [
    { answers: ['non'], state: 'sansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['pas-sur'], state: 'sansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['oui', 'non'], state: 'horsCompetence', verdict: 'not-allowed', contact: 'sg' },
    // Not in the catalogue: article 7 does not define « compétences ».
    { answers: ['oui', 'pas-sur'], state: 'competenceAVerifier', verdict: 'ask', contact: 'sg' },
    { answers: ['oui', 'oui', 'autre'], state: 'publicationPermise', verdict: 'allowed', contact: 'sg' },
    { answers: ['oui', 'oui', 'personne'], state: 'consentement', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['oui', 'oui', 'commentaire-negatif'], state: 'assentimentSG', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['oui', 'oui', 'controverse', 'oui'], state: 'controversePosition', verdict: 'allowed', contact: 'sg' },
    { answers: ['oui', 'oui', 'controverse', 'non'], state: 'controverseImpartiale', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['oui', 'oui', 'controverse', 'pas-sur'], state: 'controverseImpartiale', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['oui', 'oui', 'tiers', 'oui'], state: 'conflitNon', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['oui', 'oui', 'tiers', 'non'], state: 'tiersVigilance', verdict: 'allowed-if', contact: 'sg' },
    // Not in the catalogue: the policy does not say who judges a conflict of interest.
    { answers: ['oui', 'oui', 'tiers', 'pas-sur'], state: 'conflitAVerifier', verdict: 'ask', contact: 'sg' },
  ]);
});
