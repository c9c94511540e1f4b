import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-mes3-diffusion-direct: catalogue endings', () => {
  expectEndings('on-mes3-diffusion-direct', [
    // Asked first: a stream only on the minister's personal accounts is a « Non » whatever the event is.
    { answers: ['non'], state: 'comptesPersonnelsNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['oui', 'non'], state: 'fonctionsNon', verdict: 'not-allowed', contact: 'communications' },
    // MES 3 « ne devrait pas »: recommended not to support.
    { answers: ['oui', 'oui', 'oui'], state: 'politiqueDeconseille', verdict: 'recommended', contact: 'communications' },
    { answers: ['oui', 'oui', 'non'], state: 'soutienCondition', verdict: 'allowed-if', contact: 'communications' },
    // The guidelines do not define « de nature politique ».
    { answers: ['oui', 'oui', 'pas-sur'], state: 'politiqueAVerifier', verdict: 'ask', contact: 'communications' },
    // Official duties are defined only by examples; political content is not to be supported whatever they are.
    { answers: ['oui', 'pas-sur', 'oui'], state: 'politiqueDeconseille', verdict: 'recommended', contact: 'communications' },
    { answers: ['oui', 'pas-sur', 'non'], state: 'fonctionsAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['oui', 'pas-sur', 'pas-sur'], state: 'fonctionsAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
