import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-manquement-personnel: catalogue endings', () => {
  expectEndings('eq-manquement-personnel', [
    { answers: ['oui'], state: 'partisanManquement', verdict: 'escalate' },
    { answers: ['pas-sur'], state: 'partisanAVerifier', verdict: 'ask' },
    { answers: ['non', 'non'], state: 'conduiteManquement', verdict: 'escalate' },
    { answers: ['non', 'oui'], state: 'aucuneRegleFerme', verdict: 'ask' },
  ]);
});
