import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-proposer-publication: catalogue endings', () => {
  expectEndings('eq-proposer-publication', [
    { answers: ['idee'], state: 'ideeProposer', verdict: 'allowed', contact: 'coordinator' },
    { answers: ['information-erronee'], state: 'informationErronee', verdict: 'escalate', contact: 'coordinator' },
    { answers: ['urgence', 'non'], state: 'urgenceSignaler', verdict: 'escalate', contact: 'coordinator' },
    { answers: ['urgence', 'oui'], state: 'urgencePublierAVerifier', verdict: 'ask', contact: 'coordinator' },
  ]);
});
