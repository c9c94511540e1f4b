import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-photo-lieu-travail: catalogue endings', () => {
  expectEndings('stu-photo-lieu-travail', [
    { answers: ['employe', 'page'], state: 'pageMunicipalite', verdict: 'allowed-if', contact: 'administration' },
    { answers: ['employe', 'personnel', 'oui', 'oui'], state: 'autorise', verdict: 'allowed-if', contact: 'sdle' },
    { answers: ['employe', 'personnel', 'oui', 'non'], state: 'sansAutorisation', verdict: 'not-allowed', contact: 'sdle' },
    { answers: ['employe', 'personnel', 'non'], state: 'nonIdentifie', verdict: 'ask', contact: 'superieur' },
    { answers: ['employe', 'personnel', 'pas-sur', 'oui'], state: 'autorise', verdict: 'allowed-if', contact: 'sdle' },
    { answers: ['employe', 'personnel', 'pas-sur', 'non'], state: 'identificationAVerifier', verdict: 'ask', contact: 'sdle' },
    { answers: ['benevole', 'oui', 'oui'], state: 'autorise', verdict: 'allowed-if', contact: 'sdle' },
    { answers: ['benevole', 'oui', 'non'], state: 'sansAutorisation', verdict: 'not-allowed', contact: 'sdle' },
    { answers: ['benevole', 'non'], state: 'nonIdentifieBenevole', verdict: 'ask', contact: 'sdle' },
    { answers: ['benevole', 'pas-sur', 'oui'], state: 'autorise', verdict: 'allowed-if', contact: 'sdle' },
    { answers: ['benevole', 'pas-sur', 'non'], state: 'identificationAVerifier', verdict: 'ask', contact: 'sdle' },
  ]);
});
