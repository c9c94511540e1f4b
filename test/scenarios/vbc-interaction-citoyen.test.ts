import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-interaction-citoyen: catalogue endings', () => {
  expectEndings('vbc-interaction-citoyen', [
    // Another employee: the policy says nothing of what they should do (§10 is the manager's).
    { answers: ['employe'], state: 'employeAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['gestionnaire', 'oui'], state: 'effacer', verdict: 'required', contact: 'communications' },
    { answers: ['gestionnaire', 'non', 'oui'], state: 'referer', verdict: 'required', contact: 'communications' },
    { answers: ['gestionnaire', 'non', 'non', 'prive'], state: 'repondrePrive', verdict: 'required', contact: 'communications' },
    { answers: ['gestionnaire', 'non', 'non', 'public', 'oui'], state: 'repondreCalme', verdict: 'required', contact: 'communications' },
    { answers: ['gestionnaire', 'non', 'non', 'public', 'non'], state: 'pasTenuDeRepondre', verdict: 'allowed', contact: 'communications' },
    // A plain question in a comment: the policy does not say whether to reply.
    { answers: ['gestionnaire', 'non', 'non', 'public', 'question'], state: 'questionAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
