import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes3-diffusion-direct: catalogue endings', () => {
  expectEndings('on-mes3-diffusion-direct', [
    { answers: ['non'], state: 'fonctionsNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'non'], state: 'comptesPersonnelsNon', verdict: 'not-allowed', contact: 'communications' },
    // « ne devrait pas offrir son soutien »: advice, not a ban (the catalogue said not-allowed).
    { answers: ['oui', 'oui', 'oui'], state: 'politiqueDeconseille', verdict: 'recommended', contact: 'communications' },
    // « de nature politique » is not defined.
    { answers: ['oui', 'oui', 'pas-sur'], state: 'politiqueAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['oui', 'oui', 'non'], state: 'soutienCondition', verdict: 'allowed-if', contact: 'communications' },
  ]);
});
