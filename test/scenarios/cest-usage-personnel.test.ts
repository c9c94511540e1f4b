import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('cest-usage-personnel: catalogue endings', () => {
  expectEndings('cest-usage-personnel', [
    { answers: ['vie-privee'], state: 'viePrivee', verdict: 'recommended', contact: 'ethique' },
    // Working hours: article 18 is firm; beyond it the policy is silent.
    { answers: ['heures-travail', 'oui'], state: 'nuitTravail', verdict: 'not-allowed', contact: 'ethique' },
    { answers: ['heures-travail', 'non'], state: 'heuresAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['heures-travail', 'pas-sur'], state: 'heuresAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'oui'], state: 'discretionNon', verdict: 'not-allowed', contact: 'ethique' },
    { answers: ['publier', 'non', 'oui'], state: 'nuitTravail', verdict: 'not-allowed', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'oui', 'non'], state: 'professionnel', verdict: 'allowed-if', contact: 'sg' },
    // Not in the catalogue: article 19 calls a « nom personnel » notice possible, without saying
    // whether it undoes the deemed professional use.
    { answers: ['publier', 'non', 'non', 'oui', 'oui'], state: 'mentionAVerifier', verdict: 'ask', contact: 'ethique' },
    // Not in the catalogue: article 19 does not say whether a profile naming your job counts.
    { answers: ['publier', 'non', 'non', 'pas-sur'], state: 'identificationAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'non', 'oui'], state: 'lienCommissionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'non', 'non', 'oui'], state: 'opinionReserve', verdict: 'allowed-if', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'non', 'non', 'non'], state: 'publierPermis', verdict: 'allowed', contact: 'ethique' },
  ]);
});
