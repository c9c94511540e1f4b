import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('on-trousse-deputes: catalogue endings', () => {
  expectEndings('on-trousse-deputes', [
    { answers: ['ministre', 'partage'], state: 'telQuel', verdict: 'allowed', contact: 'communications' },
    { answers: ['ministre', 'simultane', 'non'], state: 'telQuel', verdict: 'allowed', contact: 'communications' },
    // « uniquement … tel quel » against « comme le ministre l'entend ».
    { answers: ['ministre', 'simultane', 'oui'], state: 'autrementAVerifier', verdict: 'ask', contact: 'communications' },
    // « simultanément » against « ou après sa publication », for kit content (as on-mes1 and on-mes4 for content made at the minister's request).
    { answers: ['ministre', 'plus-tard'], state: 'plusTardAVerifier', verdict: 'ask', contact: 'communications' },
    { answers: ['depute-soutien', 'partage'], state: 'deputeTelQuel', verdict: 'allowed', contact: 'communications' },
    { answers: ['depute-soutien', 'tel-quel'], state: 'deputeTelQuel', verdict: 'allowed', contact: 'communications' },
    // Silent on the MPP's use, contradictory for ministers.
    { answers: ['depute-soutien', 'autrement'], state: 'deputeAutrementAVerifier', verdict: 'ask', contact: 'communications' },
    // Silent on other MPPs.
    { answers: ['autre-depute'], state: 'autreDeputeAVerifier', verdict: 'ask', contact: 'communications' },
  ]);
});
