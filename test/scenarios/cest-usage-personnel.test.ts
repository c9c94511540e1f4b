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
    // Explicitly identified as an employee, no notice: article 19 (professional use), then article 3.
    { answers: ['publier', 'non', 'non', 'oui', 'non', 'oui'], state: 'professionnel', verdict: 'allowed-if', contact: 'sg' },
    { answers: ['publier', 'non', 'non', 'oui', 'non', 'non'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'non', 'non', 'oui', 'non', 'pas-sur'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    // Not in the catalogue: article 19 calls a « nom personnel » notice possible, without saying
    // whether it undoes the deemed professional use.
    { answers: ['publier', 'non', 'non', 'oui', 'oui'], state: 'mentionAVerifier', verdict: 'ask', contact: 'ethique' },
    // Not in the catalogue: article 19 does not say whether a profile naming your job counts.
    { answers: ['publier', 'non', 'non', 'pas-sur'], state: 'identificationAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'non', 'oui'], state: 'lienCommissionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'non', 'non', 'oui'], state: 'opinionReserve', verdict: 'allowed-if', contact: 'ethique' },
    { answers: ['publier', 'non', 'non', 'non', 'non', 'non'], state: 'publierPermis', verdict: 'allowed', contact: 'ethique' },
    // Unsure whether the use hurts your work (article 18 does not say what does): `ask`, once the
    // questions that could still give « Non » (identification without authorisation) are asked.
    { answers: ['publier', 'non', 'pas-sur', 'oui', 'oui'], state: 'nuireAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'pas-sur', 'oui', 'non', 'oui'], state: 'nuireAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'pas-sur', 'oui', 'non', 'non'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'non', 'pas-sur', 'oui', 'non', 'pas-sur'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'non', 'pas-sur', 'non'], state: 'nuireAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'non', 'pas-sur', 'pas-sur'], state: 'nuireAVerifier', verdict: 'ask', contact: 'ethique' },
    // Unsure what the discretion of article 16 covers (e.g. what the Commission made public):
    // `ask`, once the questions that could still give « Non » are asked.
    { answers: ['publier', 'pas-sur', 'oui'], state: 'nuitTravail', verdict: 'not-allowed', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'non', 'oui', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'non', 'oui', 'non', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'non', 'oui', 'non', 'non'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'pas-sur', 'non', 'oui', 'non', 'pas-sur'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'pas-sur', 'non', 'non'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'non', 'pas-sur'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'pas-sur', 'oui', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'pas-sur', 'oui', 'non', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'pas-sur', 'oui', 'non', 'non'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'pas-sur', 'pas-sur', 'oui', 'non', 'pas-sur'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'pas-sur', 'pas-sur', 'non'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'pas-sur', 'pas-sur', 'pas-sur'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    // Learned at work but already made public by the Commission: the policy does not say whether
    // discretion covers it, so the same walk as « Je ne sais pas ».
    { answers: ['publier', 'public', 'oui'], state: 'nuitTravail', verdict: 'not-allowed', contact: 'ethique' },
    { answers: ['publier', 'public', 'non', 'oui', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'non', 'oui', 'non', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'non', 'oui', 'non', 'non'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'public', 'non', 'oui', 'non', 'pas-sur'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'public', 'non', 'non'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'non', 'pas-sur'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'pas-sur', 'oui', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'pas-sur', 'oui', 'non', 'oui'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'pas-sur', 'oui', 'non', 'non'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'public', 'pas-sur', 'oui', 'non', 'pas-sur'], state: 'professionnelSansAutorisation', verdict: 'not-allowed', contact: 'sg' },
    { answers: ['publier', 'public', 'pas-sur', 'non'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
    { answers: ['publier', 'public', 'pas-sur', 'pas-sur'], state: 'discretionAVerifier', verdict: 'ask', contact: 'ethique' },
  ]);
});
