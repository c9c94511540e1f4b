import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-proposer-publication: catalogue endings', () => {
  expectEndings('eq-proposer-publication', [
    { answers: ['idee'], state: 'ideeProposer', verdict: 'allowed', contact: 'coordinator' },
    // Posting it yourself (shared fact eq.publier-soi-meme): the FAQ does not say, for a correction as for an urgent message.
    { answers: ['information-erronee', 'non'], state: 'informationErronee', verdict: 'escalate', contact: 'coordinator' },
    { answers: ['information-erronee', 'oui'], state: 'correctionPublierAVerifier', verdict: 'ask', contact: 'coordinator' },
    { answers: ['urgence', 'non'], state: 'urgenceSignaler', verdict: 'escalate', contact: 'coordinator' },
    { answers: ['urgence', 'oui'], state: 'urgencePublierAVerifier', verdict: 'ask', contact: 'coordinator' },
  ]);
});
