import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('eq-manquement-personnel: catalogue endings', () => {
  expectEndings('eq-manquement-personnel', [
    { answers: ['oui'], state: 'partisanManquement', verdict: 'required', contact: 'coordinator' },
    { answers: ['non', 'non'], state: 'conduiteManquement', verdict: 'required', contact: 'coordinator' },
    { answers: ['non', 'oui'], state: 'aucuneRegleFerme', verdict: 'ask', contact: 'coordinator' },
    // Not sure it counts as partisan work (e.g. a post): conduct still decides first.
    { answers: ['pas-sur', 'non'], state: 'conduiteManquement', verdict: 'required', contact: 'coordinator' },
    { answers: ['pas-sur', 'oui'], state: 'partisanAVerifier', verdict: 'ask', contact: 'coordinator' },
  ]);
});
