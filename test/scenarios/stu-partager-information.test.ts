import { describe } from 'vitest';
import { expectEndings } from './expectEndings';

describe('stu-partager-information: catalogue endings', () => {
  expectEndings('stu-partager-information', [
    { answers: ['oui'], state: 'confidentielNon', verdict: 'not-allowed', contact: 'superieur' },
    { answers: ['pas-sur'], state: 'confidentielAVerifier', verdict: 'ask', contact: 'superieur' },
    { answers: ['non', 'non'], state: 'verifierFaits', verdict: 'required', contact: 'superieur' },
    // Not in the catalogue: the Municipality's page is fed by every department and administered by
    // the administration (« Présence sur le web de l'organisation », « Rôles et responsabilités »).
    { answers: ['non', 'oui', 'page'], state: 'pageMunicipalite', verdict: 'allowed-if', contact: 'administration' },
    { answers: ['non', 'oui', 'personnel'], state: 'partageCondition', verdict: 'allowed-if', contact: 'superieur' },
  ]);
});
