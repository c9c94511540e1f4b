import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('vbc-acces-poste-travail: catalogue endings', () => {
  expectEndings('vbc-acces-poste-travail', [
    { answers: ['initiatives'], state: 'initiativesCondition', verdict: 'allowed-if', contact: 'dg' },
    { answers: ['personnel'], state: 'personnelAVerifier', verdict: 'ask', contact: 'dg' },
  ]);
});
