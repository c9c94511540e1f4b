import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('cest-erreur-publication: catalogue endings', () => {
  expectEndings('cest-erreur-publication', [
    { answers: ['compte-commission'], state: 'corrigerCompteCommission', verdict: 'required', contact: 'sg' },
    { answers: ['hors-commission', 'oui', 'non'], state: 'corrigerIdentifie', verdict: 'required', contact: 'sg' },
    // Not in the catalogue: article 19 calls a « nom personnel » notice possible, without saying
    // whether it undoes the deemed professional use (and so article 8).
    { answers: ['hors-commission', 'oui', 'oui'], state: 'mentionAVerifier', verdict: 'ask', contact: 'ethique' },
    // Not in the catalogue: article 19 does not say whether a profile naming your job counts.
    { answers: ['hors-commission', 'pas-sur'], state: 'identificationAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['hors-commission', 'non'], state: 'personnelAVerifier', verdict: 'ask', contact: 'ethique' },
  ]);
});
