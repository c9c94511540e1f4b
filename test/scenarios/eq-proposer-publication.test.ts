import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-proposer-publication: catalogue endings', () => {
  expectEndings('eq-proposer-publication', [
    { answers: ['idee'], state: 'ideeProposer', verdict: 'allowed' },
    { answers: ['information-erronee'], state: 'informationErronee', verdict: 'escalate' },
    { answers: ['urgence', 'non'], state: 'urgenceSignaler', verdict: 'escalate' },
    { answers: ['urgence', 'oui'], state: 'urgencePublierAVerifier', verdict: 'ask' },
  ]);
});
