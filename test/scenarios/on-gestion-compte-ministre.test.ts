import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-gestion-compte-ministre: catalogue endings', () => {
  expectEndings('on-gestion-compte-ministre', [
    { answers: ['personnel-fpo'], state: 'fpoNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['ministre', 'gerer'], state: 'gererMinistreOui', verdict: 'allowed', contact: 'communications' },
    { answers: ['personnel-bureau', 'gerer'], state: 'gererBureauCondition', verdict: 'allowed-if', contact: 'communications' },
    { answers: ['ministre', 'ressources-fpo'], state: 'ressourcesFpoNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['personnel-bureau', 'ressources-fpo'], state: 'ressourcesFpoNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['ministre', 'mentions-officielles'], state: 'mentionsOfficiellesNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['personnel-bureau', 'mentions-officielles'], state: 'mentionsOfficiellesNon', verdict: 'not-allowed', contact: 'communications' },
    { answers: ['ministre', 'autre'], state: 'autreAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['personnel-bureau', 'autre'], state: 'autreAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
