import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-activite-politique-personnel: catalogue endings', () => {
  expectEndings('on-activite-politique-personnel', [
    { answers: ['personnel-fpo'], state: 'fpoAVerifier', verdict: 'ask', contact: 'integrity' },
    { answers: ['personnel-bureau', 'autre-publication'], state: 'autrePublicationAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['personnel-bureau', 'pas-sur'], state: 'activiteAVerifier', verdict: 'ask', contact: 'integrity' },
    { answers: ['personnel-bureau', 'activite-politique', 'oui'], state: 'ressourcesNon', verdict: 'not-allowed', contact: 'integrity' },
    { answers: ['personnel-bureau', 'activite-politique', 'non', 'oui'], state: 'heuresNon', verdict: 'not-allowed', contact: 'integrity' },
    { answers: ['personnel-bureau', 'activite-politique', 'non', 'pas-sur'], state: 'heuresAVerifier', verdict: 'ask', contact: 'integrity' },
    { answers: ['personnel-bureau', 'activite-politique', 'non', 'non'], state: 'activiteOui', verdict: 'allowed', contact: 'integrity' },
  ]);
});
