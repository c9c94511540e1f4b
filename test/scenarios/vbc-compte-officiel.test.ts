import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-compte-officiel: catalogue endings', () => {
  expectEndings('vbc-compte-officiel', [
    // Changing a City site needs the prior approval of the Division des communications or the Direction générale (3.3).
    { answers: ['modifier', 'oui'], state: 'modifierPermis', verdict: 'allowed', contact: 'communications' },
    { answers: ['modifier', 'non'], state: 'modifierSansApprobation', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['modifier', 'pas-sur'], state: 'approbationAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['creer'], state: 'creerAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
