import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-trousse-deputes: catalogue endings', () => {
  expectEndings('on-trousse-deputes', [
    { answers: ['ministre', 'partage'], state: 'telQuel', verdict: 'allowed', contact: 'communications' },
    { answers: ['ministre', 'tel-quel'], state: 'telQuel', verdict: 'allowed', contact: 'communications' },
    // « Trousses… » (uniquement … tel quel) against « Contenu et éléments créatifs » (comme le ministre l'entend).
    { answers: ['ministre', 'autrement'], state: 'autrementAVerifier', verdict: 'ask', contact: 'communications' },
    // An MPP supporting or acting for a minister: « un soutien identique ».
    { answers: ['depute-soutien', 'partage'], state: 'deputeTelQuel', verdict: 'allowed', contact: 'communications' },
    { answers: ['depute-soutien', 'tel-quel'], state: 'deputeTelQuel', verdict: 'allowed', contact: 'communications' },
    { answers: ['depute-soutien', 'autrement'], state: 'deputeAutrementAVerifier', verdict: 'ask', contact: 'communications' },
    // Other MPPs: the guidelines are silent.
    { answers: ['autre-depute'], state: 'autreDeputeAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
