import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

const kinds = [['ville'], ['organisation', 'oui'], ['organisation', 'non', 'oui']];

describe('vbc-publier-page-ville: catalogue endings', () => {
  expectEndings('vbc-publier-page-ville', [
    // Approval comes from the Division des communications or the Direction générale (3.3).
    { answers: ['non'], state: 'sansApprobation', verdict: 'not-allowed', contact: 'communications' },
    // Emergency: an objective (§7); whether it is a « situation exceptionnelle » past the daily limit is not said.
    { answers: ['oui', 'urgence', 'non'], state: 'urgencePublier', verdict: 'allowed', contact: 'communications' },
    { answers: ['oui', 'urgence', 'oui'], state: 'urgenceAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['oui', 'administration'], state: 'administrationCondition', verdict: 'allowed-if', contact: 'dg' },
    // Whether a non-partner's message can be « information municipale et touristique » is not said.
    { answers: ['oui', 'organisation', 'non', 'non', 'oui'], state: 'informationAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['oui', 'organisation', 'non', 'non', 'non'], state: 'horsChamp', verdict: 'not-allowed', contact: 'communications' },
    // Municipal or tourist information, a partner's request, or a message the City judges of public interest.
    ...kinds.flatMap((kind) => [
      { answers: ['oui', ...kind, 'non'], state: 'nonNeutre', verdict: 'not-allowed' as const, contact: 'communications' },
      { answers: ['oui', ...kind, 'oui', 'non'], state: 'nonPertinent', verdict: 'not-allowed' as const, contact: 'communications' },
      { answers: ['oui', ...kind, 'oui', 'oui', 'oui'], state: 'limiteAtteinte', verdict: 'not-allowed' as const, contact: 'communications' },
      { answers: ['oui', ...kind, 'oui', 'oui', 'non'], state: 'publier', verdict: 'allowed' as const, contact: 'communications' },
    ]),
  ]);
});
